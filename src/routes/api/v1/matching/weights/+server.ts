import { handleOperation } from '$lib/server/api/handle-operation';
import { readWeightsOp, saveWeightsOp } from '$lib/server/api/operations/matching';
import { readWeights, saveWeights } from '$lib/server/services/matching/match-settings';

export const GET = handleOperation(readWeightsOp, async ({ db, actor }) => readWeights(db, actor));
export const PUT = handleOperation(saveWeightsOp, async ({ db, actor, body, locale }) => saveWeights(db, actor, body, locale));
