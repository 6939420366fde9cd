import { handleOperation } from '$lib/server/api/handle-operation';
import { cohortReportOp } from '$lib/server/api/operations/programme-reports';
import { cohortReport } from '$lib/server/services/cohorts/cohort-report';

export const GET = handleOperation(cohortReportOp, async ({ db, actor, params, locale }) => cohortReport(db, actor, params.id, locale));
