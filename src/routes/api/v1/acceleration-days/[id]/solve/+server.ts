import { handleOperation } from '$lib/server/api/handle-operation';
import { solveAccelerationDayOp } from '$lib/server/api/operations/acceleration-day';
import { solveDay } from '$lib/server/services/acceleration-day/solve-day';

export const POST = handleOperation(solveAccelerationDayOp, async ({ db, actor, params, body, locale }) =>
	solveDay(db, actor, { dayId: params.id, timeLimitSeconds: body.timeLimitSeconds }, locale)
);
