import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { can } from '$lib/server/auth/policy';
import { listEvents } from '$lib/server/services/events/read-events';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'events.read');
	return { events: await listEvents(locals.db, actor), canManage: can(actor, 'events.manage') };
};
