import { handleOperation } from '$lib/server/api/handle-operation';
import { listReviewsOp } from '$lib/server/api/operations/programmes';
import { listApplicationsForReview } from '$lib/server/services/programmes/selection';

export const GET = handleOperation(listReviewsOp, async ({ db, actor, params, locale }) => {
	const { call, items, conflicts } = await listApplicationsForReview(db, actor, params.id, locale);
	return {
		blind: call.blind,
		conflicts,
		applications: items.map((i) => ({ id: i.id, label: i.label, answers: i.answers, myScores: i.myScores }))
	};
});
