import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { networkGaps } from '$lib/server/services/matching/network-gaps';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'matching.read');
	return { gaps: await networkGaps(locals.db, actor, locals.locale) };
};
