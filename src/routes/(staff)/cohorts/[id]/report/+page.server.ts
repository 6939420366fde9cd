import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { cohortReport } from '$lib/server/services/cohorts/cohort-report';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	return pageError(() => cohortReport(locals.db, actor, params.id, locals.locale));
};
