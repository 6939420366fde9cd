import { handleOperation } from '$lib/server/api/handle-operation';
import { rankingOp } from '$lib/server/api/operations/programmes';
import { rankCall } from '$lib/server/services/programmes/selection';

export const GET = handleOperation(rankingOp, async ({ db, actor, params }) => {
	const { rows, reviewers } = await rankCall(db, actor, params.id);
	return {
		reviewers,
		ranking: rows.map((r) => ({
			applicationId: r.applicationId,
			rank: r.rank,
			name: r.name,
			status: r.status,
			reviews: r.reviews,
			meanZ: r.meanZ,
			meanScore: r.meanScore,
			decisionNote: r.decisionNote
		}))
	};
});
