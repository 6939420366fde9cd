import { handleOperation } from '$lib/server/api/handle-operation';
import { acceptSuggestionOp } from '$lib/server/api/operations/matching';
import { acceptSuggestion } from '$lib/server/services/matching/decide-suggestion';

export const POST = handleOperation(acceptSuggestionOp, async ({ db, actor, body, params, locale }) =>
	acceptSuggestion(db, actor, params.id, body, locale)
);
