import { handleOperation } from '$lib/server/api/handle-operation';
import { deleteCohortSessionOp, updateCohortSessionOp } from '$lib/server/api/operations/cohorts';
import { deleteSession, updateSession } from '$lib/server/services/cohorts/edit-sessions';

export const PUT = handleOperation(updateCohortSessionOp, async ({ db, actor, params, body, locale }) =>
	updateSession(db, actor, params.id, params.sessionId, body, locale)
);
export const DELETE = handleOperation(deleteCohortSessionOp, async ({ db, actor, params, query, locale }) =>
	deleteSession(db, actor, params.id, params.sessionId, query, locale)
);
