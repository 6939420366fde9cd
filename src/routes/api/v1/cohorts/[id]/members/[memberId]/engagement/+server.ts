import { handleOperation } from '$lib/server/api/handle-operation';
import { linkCohortMemberEngagementOp } from '$lib/server/api/operations/cohorts';
import { linkMemberEngagement } from '$lib/server/services/cohorts/members';

export const POST = handleOperation(linkCohortMemberEngagementOp, async ({ db, actor, params, locale }) =>
	linkMemberEngagement(db, actor, params.id, params.memberId, locale)
);
