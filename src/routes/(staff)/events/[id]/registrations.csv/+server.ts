import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { eventRegistrationsCsv } from '$lib/server/services/events/event-report';
import { pageError } from '$lib/server/services/events/page-errors';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.read');
	const csv = await pageError(() => eventRegistrationsCsv(locals.db, actor, params.id, locals.locale));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="event-${params.id}-registrations.csv"`
		}
	});
};
