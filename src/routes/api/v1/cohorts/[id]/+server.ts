import { handleOperation } from '$lib/server/api/handle-operation';
import { readCohortOp } from '$lib/server/api/operations/cohorts';
import { readCohort } from '$lib/server/services/cohorts/read-cohorts';

export const GET = handleOperation(readCohortOp, async ({ db, actor, params, locale }) => readCohort(db, actor, params.id, locale));
