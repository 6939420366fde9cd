import { handleOperation } from '$lib/server/api/handle-operation';
import { networkOverviewOp } from '$lib/server/api/operations/peer-network-reads';
import { networkOverviewAnswer } from '$lib/server/services/peer-network/peer-api-views';

export const GET = handleOperation(networkOverviewOp, async ({ db, actor, locale }) => networkOverviewAnswer(db, actor, locale));
