import { handleOperation } from '$lib/server/api/handle-operation';
import { otherTimesPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { askOtherPeerTimes } from '$lib/server/services/peer-network/other-times-peer-request';

export const POST = handleOperation(otherTimesPeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await askOtherPeerTimes(db, actor, { request: params.id, message: body.message }, locale);
	return { ...result, status: 'asked' as const };
});
