import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listEngagements } from '$lib/server/services/engagements/list-engagements';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'intake.read');
	return {
		requested: await listEngagements(locals.db, actor, { state: 'requested' }),
		planned: await listEngagements(locals.db, actor, { state: 'intake_planned' })
	};
};
