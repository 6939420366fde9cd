import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { printables } from '$lib/server/services/acceleration-day/printables';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.read');
	return printables(locals.db, actor, params.id, locals.locale);
};
