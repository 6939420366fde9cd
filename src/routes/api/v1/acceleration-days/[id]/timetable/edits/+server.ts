import { handleOperation } from '$lib/server/api/handle-operation';
import { editAdTimetableOp } from '$lib/server/api/operations/acceleration-day';
import { editDraft } from '$lib/server/services/acceleration-day/planner';

export const POST = handleOperation(editAdTimetableOp, async ({ db, actor, params, body, locale }) =>
	editDraft(db, actor, { dayId: params.id, edit: body.edit, revision: body.revision }, locale)
);
