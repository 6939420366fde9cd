import { handleOperation } from '$lib/server/api/handle-operation';
import { cancelPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { cancelPeerRequest } from '$lib/server/services/peer-network/cancel-peer-request';

export const POST = handleOperation(cancelPeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await cancelPeerRequest(db, actor, { request: params.id, reason: body.reason }, locale);
	return { ...result, status: 'cancelled' as const };
});
