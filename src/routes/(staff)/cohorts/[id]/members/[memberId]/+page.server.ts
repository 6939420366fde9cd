import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { can } from '$lib/server/auth/policy';
import { pageError } from '$lib/server/page-errors';
import { readCohort, readMemberProgress } from '$lib/server/services/cohorts/read-cohorts';

/** Staff, or the member themself (the service checks ownership). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	const view = await pageError(() => readMemberProgress(locals.db, actor, params.id, params.memberId, locals.locale));
	const isStaff = can(actor, 'cohorts.read');
	// Staff see the member's engagement and peer-network balance here too (decision 076).
	const row = isStaff ? (await readCohort(locals.db, actor, params.id, locals.locale)).members.find((m) => m.id === view.member.id) : undefined;
	return { ...view, isStaff, links: row ? { personId: row.personId, engagement: row.engagement, peerBalance: row.peerBalance } : null };
};
