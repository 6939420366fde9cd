import { handleOperation } from '$lib/server/api/handle-operation';
import { saveReviewOp } from '$lib/server/api/operations/programmes';
import { saveReview } from '$lib/server/services/programmes/selection';

export const PUT = handleOperation(saveReviewOp, async ({ db, actor, params, body, locale }) => {
	await saveReview(db, actor, params.id, body, locale);
	return { ok: true as const };
});
