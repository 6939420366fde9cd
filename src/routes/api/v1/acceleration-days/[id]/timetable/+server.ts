import { handleOperation } from '$lib/server/api/handle-operation';
import { getAdTimetableOp } from '$lib/server/api/operations/acceleration-day';
import { getPlanner } from '$lib/server/services/acceleration-day/planner';

export const GET = handleOperation(getAdTimetableOp, async ({ db, actor, params, locale }) => {
	const planner = await getPlanner(db, actor, params.id, locale);
	return { version: planner.version, meetings: planner.meetings, broken: planner.broken, report: planner.report, current: planner.current, diff: planner.diff };
});
