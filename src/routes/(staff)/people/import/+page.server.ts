import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { can } from '$lib/server/auth/policy';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'people.import');
	return { canExport: can(actor, 'directory.export') };
};
