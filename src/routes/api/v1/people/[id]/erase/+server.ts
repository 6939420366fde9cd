import { handleOperation } from '$lib/server/api/handle-operation';
import { erasePersonOp } from '$lib/server/api/operations/people';
import { erasePerson } from '$lib/server/services/people/erase-person';

export const POST = handleOperation(erasePersonOp, async ({ db, actor, params, locale }) => erasePerson(db, actor, params.id, locale));
