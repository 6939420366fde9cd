import { handleOperation } from '$lib/server/api/handle-operation';
import { updateAdParticipantOp } from '$lib/server/api/operations/acceleration-day';
import { updateParticipantRegistration } from '$lib/server/services/acceleration-day/staff-registration';

export const PUT = handleOperation(updateAdParticipantOp, async ({ db, actor, params, body, locale }) =>
	updateParticipantRegistration(db, actor, { dayId: params.id, participantId: params.pid, ...body }, locale)
);
