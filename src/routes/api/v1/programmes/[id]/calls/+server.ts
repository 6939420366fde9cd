import { handleOperation } from '$lib/server/api/handle-operation';
import { createCallOp } from '$lib/server/api/operations/programmes';
import { createCall } from '$lib/server/services/programmes/manage-programmes';

export const POST = handleOperation(createCallOp, async ({ db, actor, params, body, locale }) => createCall(db, actor, params.id, body, locale));
