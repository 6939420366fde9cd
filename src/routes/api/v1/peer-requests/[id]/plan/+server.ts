import { handleOperation } from '$lib/server/api/handle-operation';
import { planPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { choosePeerSlot } from '$lib/server/services/peer-network/plan-peer-request';

export const POST = handleOperation(planPeerRequestOp, async ({ db, actor, body, params, locale }) => {
	const result = await choosePeerSlot(db, actor, { request: params.id, slot: body.slot }, locale);
	return { ...result, status: 'planned' as const };
});
