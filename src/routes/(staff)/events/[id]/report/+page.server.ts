import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { eventReport } from '$lib/server/services/events/event-report';
import { pageError } from '$lib/server/services/events/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.read');
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { summary: { event, ...summary }, ...report } = await pageError(() => eventReport(locals.db, actor, params.id, locals.locale));
	return { summary, ...report };
};
