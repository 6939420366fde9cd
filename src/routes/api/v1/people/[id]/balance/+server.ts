import { handleOperation } from '$lib/server/api/handle-operation';
import { personBalanceOp } from '$lib/server/api/operations/peer-ledger';
import { getPersonBalance } from '$lib/server/services/peer-ledger/read-ledger';

export const GET = handleOperation(personBalanceOp, async ({ db, actor, params }) => {
	return getPersonBalance(db, actor, params.id);
});
