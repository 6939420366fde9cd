import { handleOperation } from '$lib/server/api/handle-operation';
import { createTermOp, taxonomyOp } from '$lib/server/api/operations/people';
import { createTerm, listTaxonomy } from '$lib/server/services/people/taxonomy';

export const GET = handleOperation(taxonomyOp, async ({ db, actor, query, locale }) =>
	listTaxonomy(db, actor, { includeArchived: query.includeArchived === 'true' }, locale)
);

export const POST = handleOperation(createTermOp, async ({ db, actor, body, locale }) => createTerm(db, actor, body, locale));
