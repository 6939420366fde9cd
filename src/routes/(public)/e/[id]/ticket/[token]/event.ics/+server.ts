import type { RequestHandler } from './$types';
import { readTicket } from '$lib/server/services/events/read-events';
import { pageError } from '$lib/server/services/events/page-errors';
import { eventIcs } from '$lib/server/services/events/event-emails';
import { resolveEventAddress } from '$lib/server/services/events/event-slugs';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { event } = await pageError(async () => {
		const address = await resolveEventAddress(locals.db, params.id, locals.locale);
		return readTicket(locals.db, address.event.id, params.token, locals.locale);
	});
	return new Response(eventIcs(event, new Date()), {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="event.ics"' }
	});
};
