import { handleOperation } from '$lib/server/api/handle-operation';
import { confirmPeerSessionOp } from '$lib/server/api/operations/peer-network';
import { confirmPeerSession } from '$lib/server/services/peer-network/peer-sessions';

export const POST = handleOperation(confirmPeerSessionOp, async ({ db, actor, params, locale }) => {
	const result = await confirmPeerSession(db, actor, { session: params.id }, locale);
	return { ...result, status: result.status === 'completed' ? ('completed' as const) : ('planned' as const) };
});
