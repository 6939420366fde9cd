import { handleOperation } from '$lib/server/api/handle-operation';
import { checkInOp } from '$lib/server/api/operations/events';
import { checkInRegistration } from '$lib/server/services/events/check-in';

export const POST = handleOperation(checkInOp, async ({ db, actor, params, query, locale }) =>
	checkInRegistration(db, actor, { eventId: params.id, registrationId: params.rid, force: query.force === 'true' }, locale)
);
