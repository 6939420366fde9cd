import { handleOperation } from '$lib/server/api/handle-operation';
import { sendIntroductionOp } from '$lib/server/api/operations/intake';
import { sendIntroduction } from '$lib/server/services/introductions/send-introduction';

export const POST = handleOperation(sendIntroductionOp, async ({ db, actor, params }) => sendIntroduction(db, actor, { introductionId: params.id }));
