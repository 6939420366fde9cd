import { handleOperation } from '$lib/server/api/handle-operation';
import { createEventOp, listEventsOp } from '$lib/server/api/operations/events';
import { createEvent } from '$lib/server/services/events/save-event';
import { listEvents } from '$lib/server/services/events/read-events';

export const POST = handleOperation(createEventOp, async ({ db, actor, body, locale }) => {
	// The contract answers {id}; the slug is in GET /api/v1/events/{id}.
	const { id } = await createEvent(db, actor, body, locale);
	return { id };
});

export const GET = handleOperation(listEventsOp, async ({ db, actor }) => ({ events: await listEvents(db, actor) }));
