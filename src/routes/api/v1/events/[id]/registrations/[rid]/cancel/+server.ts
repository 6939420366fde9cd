import { handleOperation } from '$lib/server/api/handle-operation';
import { cancelRegistrationOp } from '$lib/server/api/operations/events';
import { cancelRegistration } from '$lib/server/services/events/cancel-registration';

export const POST = handleOperation(cancelRegistrationOp, async ({ db, actor, params, locale }) =>
	cancelRegistration(db, actor, { eventId: params.id, registrationId: params.rid }, locale)
);
