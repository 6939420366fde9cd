import { handleOperation } from '$lib/server/api/handle-operation';
import { eventReportOp } from '$lib/server/api/operations/events';
import { eventReport } from '$lib/server/services/events/event-report';

export const GET = handleOperation(eventReportOp, async ({ db, actor, params, locale }) => {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { summary: { event, ...summary }, ...report } = await eventReport(db, actor, params.id, locale);
	return { summary, ...report };
});
