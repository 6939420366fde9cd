import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { reportIndex } from '$lib/server/services/programmes/report-index';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	return pageError(() => reportIndex(locals.db, actor));
};
