import { handleOperation } from '$lib/server/api/handle-operation';
import { updateTermOp } from '$lib/server/api/operations/people';
import { updateTerm } from '$lib/server/services/people/taxonomy';

export const PATCH = handleOperation(updateTermOp, async ({ db, actor, params, body, locale }) => updateTerm(db, actor, params.id, body, locale));
