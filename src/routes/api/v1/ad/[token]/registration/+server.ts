import { handleOperation } from '$lib/server/api/handle-operation';
import { saveAdRegistrationOp } from '$lib/server/api/operations/acceleration-day';
import { saveRegistration } from '$lib/server/services/acceleration-day/save-registration';

export const PUT = handleOperation(saveAdRegistrationOp, async ({ db, actor, params, body, locale }) =>
	saveRegistration(db, actor, { token: params.token, registration: body }, locale)
);
