import { handleOperation } from '$lib/server/api/handle-operation';
import { checkInByCodeOp } from '$lib/server/api/operations/events';
import { checkInRegistration } from '$lib/server/services/events/check-in';

export const POST = handleOperation(checkInByCodeOp, async ({ db, actor, params, body, locale }) =>
	checkInRegistration(db, actor, { eventId: params.id, code: body.code, force: body.force }, locale)
);
