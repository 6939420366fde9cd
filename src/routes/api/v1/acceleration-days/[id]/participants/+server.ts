import { handleOperation } from '$lib/server/api/handle-operation';
import { registerAdParticipantOp } from '$lib/server/api/operations/acceleration-day';
import { registerParticipant } from '$lib/server/services/acceleration-day/register-participant';

export const POST = handleOperation(registerAdParticipantOp, async ({ db, actor, body, params, locale }) =>
	registerParticipant(db, actor, { ...body, dayId: params.id }, locale)
);
