import { handleOperation } from '$lib/server/api/handle-operation';
import { addCohortSessionOp } from '$lib/server/api/operations/cohorts';
import { addSession } from '$lib/server/services/cohorts/sessions';

export const POST = handleOperation(addCohortSessionOp, async ({ db, actor, params, body, locale }) => addSession(db, actor, params.id, body, locale));
