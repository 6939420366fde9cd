import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { intakeReport } from '$lib/server/services/intake/intake-report';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'reports.intake');
	const by = url.searchParams.get('by') === 'year' ? 'year' : 'month';
	return { report: await intakeReport(locals.db, actor, by) };
};
