import { handleOperation } from '$lib/server/api/handle-operation';
import { readEventOp, updateEventOp } from '$lib/server/api/operations/events';
import { readEvent } from '$lib/server/services/events/read-events';
import { updateEvent } from '$lib/server/services/events/save-event';

export const GET = handleOperation(readEventOp, async ({ db, actor, params, locale }) => {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { event, ...summary } = await readEvent(db, actor, params.id, locale);
	return summary;
});

export const PUT = handleOperation(updateEventOp, async ({ db, actor, params, body, locale }) => updateEvent(db, actor, params.id, body, locale));
