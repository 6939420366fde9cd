import { handleOperation } from '$lib/server/api/handle-operation';
import { saveAdPreferencesOp } from '$lib/server/api/operations/acceleration-day';
import { savePreferences } from '$lib/server/services/acceleration-day/preferences';

export const PUT = handleOperation(saveAdPreferencesOp, async ({ db, actor, params, body, locale }) =>
	savePreferences(db, actor, { token: params.token, marks: body.marks }, locale)
);
