import { handleOperation } from '$lib/server/api/handle-operation';
import { refillAdOp } from '$lib/server/api/operations/acceleration-day';
import { refillDay } from '$lib/server/services/acceleration-day/publish';

export const POST = handleOperation(refillAdOp, async ({ db, actor, params, body, locale }) =>
	refillDay(db, actor, { dayId: params.id, fromSlot: body.fromSlot, timeLimitSeconds: body.timeLimitSeconds }, locale)
);
