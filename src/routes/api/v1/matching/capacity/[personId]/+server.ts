import { handleOperation } from '$lib/server/api/handle-operation';
import { setCapacityOp } from '$lib/server/api/operations/matching';
import { setCapacity } from '$lib/server/services/matching/match-settings';

export const PUT = handleOperation(setCapacityOp, async ({ db, actor, body, params, locale }) =>
	setCapacity(db, actor, { person: params.personId, perMonth: body.perMonth }, locale)
);
