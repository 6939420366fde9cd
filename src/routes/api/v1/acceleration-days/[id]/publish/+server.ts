import { handleOperation } from '$lib/server/api/handle-operation';
import { publishAdTimetableOp } from '$lib/server/api/operations/acceleration-day';
import { publishDraft } from '$lib/server/services/acceleration-day/publish';

export const POST = handleOperation(publishAdTimetableOp, async ({ db, actor, params, body, locale }) =>
	publishDraft(db, actor, { dayId: params.id, revision: body.revision }, locale)
);
