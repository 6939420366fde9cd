import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { intakeReport, intakeReportCsv } from '$lib/server/services/intake/intake-report';

export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'reports.intake');
	const by = url.searchParams.get('by') === 'year' ? 'year' : 'month';
	return new Response('\uFEFF' + intakeReportCsv(await intakeReport(locals.db, actor, by)), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="intake-report-${by}.csv"` }
	});
};
