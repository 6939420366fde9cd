import { handleOperation } from '$lib/server/api/handle-operation';
import { assignPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { assignPeerGiver } from '$lib/server/services/peer-network/respond-peer-request';

export const POST = handleOperation(assignPeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await assignPeerGiver(db, actor, { request: params.id, giver: body.giver }, locale);
	return { ...result, status: 'asked' as const };
});
