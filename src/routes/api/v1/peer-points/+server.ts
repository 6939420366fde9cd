import { handleOperation } from '$lib/server/api/handle-operation';
import { myPeerPointsOp } from '$lib/server/api/operations/peer-network-reads';
import { myPeerPointsAnswer } from '$lib/server/services/peer-network/peer-api-views';

export const GET = handleOperation(myPeerPointsOp, async ({ db, actor, locale }) => myPeerPointsAnswer(db, actor, locale));
