import { handleOperation } from '$lib/server/api/handle-operation';
import { readEventOp } from '$lib/server/api/operations/events';
import { readEvent } from '$lib/server/services/events/read-events';

export const GET = handleOperation(readEventOp, async ({ db, actor, params, locale }) => {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { event, ...summary } = await readEvent(db, actor, params.id, locale);
	return summary;
});
