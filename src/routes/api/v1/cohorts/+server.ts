import { handleOperation } from '$lib/server/api/handle-operation';
import { createCohortOp, listCohortsOp } from '$lib/server/api/operations/cohorts';
import { createCohort } from '$lib/server/services/cohorts/create-cohort';
import { listCohorts } from '$lib/server/services/cohorts/read-cohorts';

export const GET = handleOperation(listCohortsOp, async ({ db, actor }) => ({ cohorts: await listCohorts(db, actor) }));

export const POST = handleOperation(createCohortOp, async ({ db, actor, body, locale }) => createCohort(db, actor, body, locale));
