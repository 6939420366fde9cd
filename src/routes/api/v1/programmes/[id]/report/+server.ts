import { handleOperation } from '$lib/server/api/handle-operation';
import { programmeReportOp } from '$lib/server/api/operations/programme-reports';
import { programmeReport } from '$lib/server/services/programmes/programme-report';

export const GET = handleOperation(programmeReportOp, async ({ db, actor, params, locale }) => {
	const report = await programmeReport(db, actor, params.id, locale);
	return { ...report, calls: report.calls.map((c) => ({ ...c, opensAt: c.opensAt.toISOString(), closesAt: c.closesAt.toISOString() })) };
});
