import { handleOperation } from '$lib/server/api/handle-operation';
import { dismissSuggestionOp } from '$lib/server/api/operations/matching';
import { dismissSuggestion } from '$lib/server/services/matching/decide-suggestion';

export const POST = handleOperation(dismissSuggestionOp, async ({ db, actor, body, params, locale }) =>
	dismissSuggestion(db, actor, params.id, body, locale)
);
