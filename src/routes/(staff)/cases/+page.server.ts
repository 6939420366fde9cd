import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listEngagements } from '$lib/server/services/engagements/list-engagements';
import { engagementStates, type EngagementState } from '$lib/domain/intake/engagement-state';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'intake.read');
	const asked = url.searchParams.get('state') ?? 'active';
	const state = (engagementStates as readonly string[]).includes(asked) ? (asked as EngagementState) : undefined;
	const flag = url.searchParams.get('flag') ?? '';
	const items = await listEngagements(locals.db, actor, { state });
	return { state: state ?? 'all', flag, items: flag ? items.filter((i) => i.flags.includes(flag as never)) : items };
};
