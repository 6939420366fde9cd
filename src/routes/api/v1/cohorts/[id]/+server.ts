import { handleOperation } from '$lib/server/api/handle-operation';
import { deleteCohortOp, readCohortOp, updateCohortOp } from '$lib/server/api/operations/cohorts';
import { readCohort } from '$lib/server/services/cohorts/read-cohorts';
import { deleteCohort, updateCohort } from '$lib/server/services/cohorts/edit-cohorts';

export const GET = handleOperation(readCohortOp, async ({ db, actor, params, locale }) => readCohort(db, actor, params.id, locale));
export const PUT = handleOperation(updateCohortOp, async ({ db, actor, params, body, locale }) => updateCohort(db, actor, params.id, body, locale));
export const DELETE = handleOperation(deleteCohortOp, async ({ db, actor, params, query, locale }) => deleteCohort(db, actor, params.id, query, locale));
