import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/forms';
import { readTicket } from '$lib/server/services/events/read-events';
import { cancelRegistrationByTicket } from '$lib/server/services/events/cancel-registration';
import { pageError } from '$lib/server/services/events/page-errors';
import { ticketQrSvg } from '$lib/server/services/events/ticket-qr';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { event, registration, waitlistPosition, workshops } = await pageError(() =>
		readTicket(locals.db, params.id, params.token, locals.locale)
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
			await cancelRegistrationByTicket(locals.db, locals.actor, { eventId: params.id, token: params.token }, locals.locale);
			return { cancelled: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
