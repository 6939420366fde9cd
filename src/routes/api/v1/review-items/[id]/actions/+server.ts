import { handleOperation } from '$lib/server/api/handle-operation';
import { addReviewActionOp } from '$lib/server/api/operations/intake';
import { addReviewAction } from '$lib/server/services/review/review-actions';

export const POST = handleOperation(addReviewActionOp, async ({ db, actor, body, params, locale }) =>
	addReviewAction(db, actor, { ...body, itemId: params.id }, locale)
);
