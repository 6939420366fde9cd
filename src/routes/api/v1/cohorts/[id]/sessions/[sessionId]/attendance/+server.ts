import { handleOperation } from '$lib/server/api/handle-operation';
import { markCohortAttendanceOp } from '$lib/server/api/operations/cohorts';
import { markAttendance } from '$lib/server/services/cohorts/attendance';

export const POST = handleOperation(markCohortAttendanceOp, async ({ db, actor, params, body, locale }) =>
	markAttendance(db, actor, params.id, params.sessionId, body, locale)
);
