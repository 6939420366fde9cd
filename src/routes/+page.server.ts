import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { isStaff } from '$lib/server/auth/policy';
import { staffOverview } from '$lib/server/services/admin/overview';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'dashboard.view');
	return {
		name: actor.name,
		role: actor.role,
		overview: isStaff(actor) ? await staffOverview(locals.db, actor) : null
	};
};
