import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/forms';
import { readTicket } from '$lib/server/services/events/read-events';
import { cancelRegistrationByTicket } from '$lib/server/services/events/cancel-registration';
import { pageError } from '$lib/server/services/events/page-errors';
import { ticketQrSvg } from '$lib/server/services/events/ticket-qr';
import { resolveEventAddress } from '$lib/server/services/events/event-slugs';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const address = await pageError(() => resolveEventAddress(locals.db, params.id, locals.locale));
	if (!address.canonical) redirect(301, `/e/${address.event.slug}/ticket/${params.token}${url.search}`);
	const { event, registration, waitlistPosition, workshops } = await pageError(() =>
		readTicket(locals.db, address.event.id, params.token, locals.locale)
	);
	return {
		event: {
			id: event.id,
			title: event.title,
			startsAt: event.startsAt.toISOString(),
			endsAt: event.endsAt?.toISOString() ?? null,
			location: event.location,
			surveyOpen: event.surveyOpen
		},
		ticket: {
			name: registration.name,
			status: registration.status,
			code: registration.checkinCode,
			waitlistPosition,
			workshops,
			checkedIn: registration.checkedInAt !== null
		},
		qr: registration.status === 'confirmed' ? ticketQrSvg(event.id, registration.checkinCode, 5) : null,
		isNew: url.searchParams.has('new'),
		past: event.startsAt <= new Date()
	};
};

export const actions: Actions = {
	cancel: async ({ request, locals, params }) => {
		const data = await request.formData();
		try {
			const { event } = await resolveEventAddress(locals.db, params.id, locals.locale);
			await cancelRegistrationByTicket(locals.db, locals.actor, { eventId: event.id, token: params.token }, locals.locale);
			return { cancelled: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
