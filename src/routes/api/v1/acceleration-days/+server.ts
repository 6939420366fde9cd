import { handleOperation } from '$lib/server/api/handle-operation';
import { createAccelerationDayOp } from '$lib/server/api/operations/acceleration-day';
import { createAccelerationDay } from '$lib/server/services/acceleration-day/create-day';

export const POST = handleOperation(createAccelerationDayOp, async ({ db, actor, body, locale }) => createAccelerationDay(db, actor, body, locale));
