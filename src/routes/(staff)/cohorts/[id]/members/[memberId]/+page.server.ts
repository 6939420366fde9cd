import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { can } from '$lib/server/auth/policy';
import { pageError } from '$lib/server/page-errors';
import { readMemberProgress } from '$lib/server/services/cohorts/read-cohorts';

/** Staff, or the member themself (the service checks ownership). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	const view = await pageError(() => readMemberProgress(locals.db, actor, params.id, params.memberId, locals.locale));
	return { ...view, isStaff: can(actor, 'cohorts.read') };
};
