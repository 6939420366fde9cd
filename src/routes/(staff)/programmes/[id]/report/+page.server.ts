import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { programmeReport } from '$lib/server/services/programmes/programme-report';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	return { report: await pageError(() => programmeReport(locals.db, actor, params.id, locals.locale)) };
};
