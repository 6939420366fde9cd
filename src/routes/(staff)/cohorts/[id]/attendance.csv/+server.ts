import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { cohortAttendanceCsv } from '$lib/server/services/cohorts/cohort-report';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	const { csv, filename } = await pageError(() => cohortAttendanceCsv(locals.db, actor, params.id, locals.locale));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
