import { handleOperation } from '$lib/server/api/handle-operation';
import { setReviewActionDoneOp } from '$lib/server/api/operations/intake';
import { setReviewActionDone } from '$lib/server/services/review/review-actions';

export const POST = handleOperation(setReviewActionDoneOp, async ({ db, actor, body, params }) =>
	setReviewActionDone(db, actor, { actionId: params.id, done: body.done })
);
