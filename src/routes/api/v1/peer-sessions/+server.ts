import { handleOperation } from '$lib/server/api/handle-operation';
import { planPeerSessionOp } from '$lib/server/api/operations/peer-ledger';
import { planPeerSession } from '$lib/server/services/peer-ledger/plan-peer-session';

export const POST = handleOperation(planPeerSessionOp, async ({ db, actor, body, locale }) => {
	return planPeerSession(
		db,
		actor,
		{ ...body, scheduledAt: body.scheduledAt.toISOString() },
		locale
	);
});
