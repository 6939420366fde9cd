import { handleOperation } from '$lib/server/api/handle-operation';
import { acceptPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { acceptPeerRequest } from '$lib/server/services/peer-network/respond-peer-request';

export const POST = handleOperation(acceptPeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await acceptPeerRequest(db, actor, { request: params.id, slots: body.slots }, locale);
	return { ...result, status: 'accepted' as const };
});
