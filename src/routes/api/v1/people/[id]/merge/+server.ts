import { handleOperation } from '$lib/server/api/handle-operation';
import { mergePersonOp } from '$lib/server/api/operations/people';
import { mergePeople } from '$lib/server/services/people/merge-people';

export const POST = handleOperation(mergePersonOp, async ({ db, actor, params, body, locale }) => mergePeople(db, actor, params.id, body, locale));
