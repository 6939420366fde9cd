import { handleOperation } from '$lib/server/api/handle-operation';
import { factoryBalanceOp } from '$lib/server/api/operations/peer-ledger';
import { getFactoryBalance } from '$lib/server/services/peer-ledger/read-ledger';

export const GET = handleOperation(factoryBalanceOp, async ({ db, actor }) => {
	return getFactoryBalance(db, actor);
});
