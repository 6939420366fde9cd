import { handleOperation } from '$lib/server/api/handle-operation';
import { proposeIntroductionOp } from '$lib/server/api/operations/intake';
import { proposeIntroduction } from '$lib/server/services/introductions/propose-introduction';

export const POST = handleOperation(proposeIntroductionOp, async ({ db, actor, body, locale }) =>
	proposeIntroduction(db, actor, body, locale)
);
