import { handleOperation } from '$lib/server/api/handle-operation';
import { intakeReportOp } from '$lib/server/api/operations/intake';
import { intakeReport } from '$lib/server/services/intake/intake-report';

export const GET = handleOperation(intakeReportOp, async ({ db, actor, query }) => intakeReport(db, actor, query.by));
