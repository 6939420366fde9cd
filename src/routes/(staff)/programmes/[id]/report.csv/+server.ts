import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { programmeReport, programmeReportCsv, programmeReportFilename } from '$lib/server/services/programmes/programme-report';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	const report = await pageError(() => programmeReport(locals.db, actor, params.id, locals.locale));
	return new Response(programmeReportCsv(report, locals.locale), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${programmeReportFilename(report)}"` }
	});
};
