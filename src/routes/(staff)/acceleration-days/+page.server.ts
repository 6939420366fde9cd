import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listAccelerationDays } from '$lib/server/services/acceleration-day/day-overview';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'accelerationDay.read');
	return { days: await listAccelerationDays(locals.db, actor) };
};
