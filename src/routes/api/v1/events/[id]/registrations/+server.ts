import { handleOperation } from '$lib/server/api/handle-operation';
import { registerForEventOp } from '$lib/server/api/operations/events';
import { registerForEvent } from '$lib/server/services/events/register-for-event';

export const POST = handleOperation(registerForEventOp, async ({ db, actor, params, body, locale }) => {
	const { id, status } = await registerForEvent(db, actor, params.id, body, locale);
	return { id, status };
});
