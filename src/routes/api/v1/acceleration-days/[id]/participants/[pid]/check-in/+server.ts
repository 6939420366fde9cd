import { handleOperation } from '$lib/server/api/handle-operation';
import { checkInAdParticipantOp } from '$lib/server/api/operations/acceleration-day';
import { checkInParticipant } from '$lib/server/services/acceleration-day/day-of';

export const POST = handleOperation(checkInAdParticipantOp, async ({ db, actor, params, locale }) =>
	checkInParticipant(db, actor, { dayId: params.id, participantId: params.pid }, locale)
);
