import { handleOperation } from '$lib/server/api/handle-operation';
import { networkGapsOp } from '$lib/server/api/operations/matching';
import { networkGaps } from '$lib/server/services/matching/network-gaps';

export const GET = handleOperation(networkGapsOp, async ({ db, actor, locale }) => networkGaps(db, actor, locale));
