import { handleOperation } from '$lib/server/api/handle-operation';
import { cancelPeerSessionOp } from '$lib/server/api/operations/peer-ledger';
import { cancelPeerSession } from '$lib/server/services/peer-ledger/cancel-peer-session';

export const POST = handleOperation(cancelPeerSessionOp, async ({ db, actor, params }) => {
	return cancelPeerSession(db, actor, params.id);
});
