import { handleOperation } from '$lib/server/api/handle-operation';
import { declinePeerRequestOp } from '$lib/server/api/operations/peer-network';
import { declinePeerRequest } from '$lib/server/services/peer-network/respond-peer-request';

export const POST = handleOperation(declinePeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await declinePeerRequest(db, actor, { request: params.id, reason: body.reason }, locale);
	return { ...result, status: 'declined' as const };
});
