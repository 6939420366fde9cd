import { handleOperation } from '$lib/server/api/handle-operation';
import { markAdNoShowOp } from '$lib/server/api/operations/acceleration-day';
import { markNoShow } from '$lib/server/services/acceleration-day/day-of';

export const POST = handleOperation(markAdNoShowOp, async ({ db, actor, params, body, locale }) =>
	markNoShow(db, actor, { dayId: params.id, participantId: params.pid, noShow: body.noShow }, locale)
);
