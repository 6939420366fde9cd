import { handleOperation } from '$lib/server/api/handle-operation';
import { saveExitPlanOp } from '$lib/server/api/operations/intake';
import { saveExitPlan } from '$lib/server/services/engagements/save-exit-plan';

export const POST = handleOperation(saveExitPlanOp, async ({ db, actor, body, params, locale }) =>
	saveExitPlan(db, actor, { ...body, engagementId: params.id }, locale)
);
