import { handleOperation } from '$lib/server/api/handle-operation';
import { getPeerSessionOp } from '$lib/server/api/operations/peer-network-reads';
import { peerSessionAnswer } from '$lib/server/services/peer-network/peer-api-views';

export const GET = handleOperation(getPeerSessionOp, async ({ db, actor, params }) => peerSessionAnswer(db, actor, params.id));
