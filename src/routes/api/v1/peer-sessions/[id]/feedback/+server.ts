import { handleOperation } from '$lib/server/api/handle-operation';
import { peerFeedbackOp } from '$lib/server/api/operations/peer-network';
import { givePeerFeedback } from '$lib/server/services/peer-network/peer-sessions';

export const POST = handleOperation(peerFeedbackOp, async ({ db, actor, body, params, locale }) =>
	givePeerFeedback(db, actor, { session: params.id, rating: body.rating, comment: body.comment }, locale)
);
