import { handleOperation } from '$lib/server/api/handle-operation';
import { callOffPeerSessionOp } from '$lib/server/api/operations/peer-network';
import { callOffPeerSession } from '$lib/server/services/peer-network/call-off-peer-session';

export const POST = handleOperation(callOffPeerSessionOp, async ({ db, actor, body, params, locale }) =>
	callOffPeerSession(db, actor, { session: params.id, reason: body.reason }, locale)
);
