import { handleOperation } from '$lib/server/api/handle-operation';
import { getPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { getPeerRequest } from '$lib/server/services/peer-network/peer-views';

export const GET = handleOperation(getPeerRequestOp, async ({ db, actor, params, locale }) =>
	getPeerRequest(db, actor, params.id, locale)
);
