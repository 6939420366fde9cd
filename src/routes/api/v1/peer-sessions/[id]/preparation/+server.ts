import { handleOperation } from '$lib/server/api/handle-operation';
import { peerPreparationOp } from '$lib/server/api/operations/peer-network';
import { savePreparationNote } from '$lib/server/services/peer-network/peer-sessions';

export const PUT = handleOperation(peerPreparationOp, async ({ db, actor, body, params, locale }) =>
	savePreparationNote(db, actor, { session: params.id, ...body }, locale)
);
