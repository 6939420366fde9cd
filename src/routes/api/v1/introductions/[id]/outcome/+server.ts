import { handleOperation } from '$lib/server/api/handle-operation';
import { recordIntroductionOutcomeOp } from '$lib/server/api/operations/intake';
import { recordIntroductionOutcome } from '$lib/server/services/introductions/record-introduction-outcome';

export const POST = handleOperation(recordIntroductionOutcomeOp, async ({ db, actor, body, params, locale }) =>
	recordIntroductionOutcome(db, actor, { ...body, introductionId: params.id }, locale)
);
