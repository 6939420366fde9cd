import { handleOperation } from '$lib/server/api/handle-operation';
import { listSuggestionsOp } from '$lib/server/api/operations/matching';
import { suggestForNeed } from '$lib/server/services/matching/suggest-for-need';

export const GET = handleOperation(listSuggestionsOp, async ({ db, actor, query, params, locale }) =>
	suggestForNeed(db, actor, params.id, { limit: query.limit }, locale)
);
