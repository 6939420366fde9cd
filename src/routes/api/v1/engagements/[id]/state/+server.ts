import { handleOperation } from '$lib/server/api/handle-operation';
import { changeEngagementStateOp } from '$lib/server/api/operations/intake';
import { changeEngagementState } from '$lib/server/services/engagements/change-engagement-state';

export const POST = handleOperation(changeEngagementStateOp, async ({ db, actor, body, params, locale }) =>
	changeEngagementState(db, actor, { ...body, engagementId: params.id }, locale)
);
