import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { printables } from '$lib/server/services/acceleration-day/printables';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.read');
	return pageError(() => printables(locals.db, actor, params.id, locals.locale));
};
