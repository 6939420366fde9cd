import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listRegistrations } from '$lib/server/services/events/read-events';
import { pageError } from '$lib/server/services/events/page-errors';
import { ticketQrSvg } from '$lib/server/services/events/ticket-qr';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.read');
	const { event, registrations } = await pageError(() =>
		listRegistrations(locals.db, actor, params.id, { status: 'confirmed' }, locals.locale)
	);
	const sorted = [...registrations].sort((a, b) => a.name.localeCompare(b.name, locals.locale));
	return {
		event: { id: event.id, title: event.title, startsAt: event.startsAt.toISOString(), location: event.location },
		badges: sorted.map((r) => ({
			id: r.id,
			name: r.name,
			workshops: r.workshops.filter((w) => w.status === 'confirmed').map((w) => w.title),
			code: r.checkinCode,
			qr: ticketQrSvg(event.id, r.checkinCode, 2)
		}))
	};
};
