import { handleOperation } from '$lib/server/api/handle-operation';
import { saveReviewAdviceOp } from '$lib/server/api/operations/intake';
import { saveReviewAdvice } from '$lib/server/services/review/save-review-advice';

export const POST = handleOperation(saveReviewAdviceOp, async ({ db, actor, body, params, locale }) =>
	saveReviewAdvice(db, actor, { ...body, itemId: params.id }, locale)
);
