import { handleOperation } from '$lib/server/api/handle-operation';
import { completePeerSessionOp } from '$lib/server/api/operations/peer-ledger';
import { completePeerSession } from '$lib/server/services/peer-ledger/complete-peer-session';

export const POST = handleOperation(completePeerSessionOp, async ({ db, actor, params }) => {
	return completePeerSession(db, actor, params.id);
});
