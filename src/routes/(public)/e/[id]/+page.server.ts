import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFailure, formObject } from '$lib/server/forms';
import { readPublicEvent } from '$lib/server/services/events/read-events';
import { registerForEvent } from '$lib/server/services/events/register-for-event';
import { pageError } from '$lib/server/services/events/page-errors';
import { resolveEventAddress } from '$lib/server/services/events/event-slugs';

/** `[id]` is the event's slug, its id (old links) or a former slug; the last two redirect. */

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const address = await pageError(() => resolveEventAddress(locals.db, params.id, locals.locale));
	if (!address.canonical) redirect(301, `/e/${address.event.slug}${url.search}`);
	const event = await pageError(() => readPublicEvent(locals.db, address.event.id, locals.locale));
	const open = event.registrationOpen && new Date(event.startsAt) > new Date();
	return {
		event: {
			id: event.id,
			title: event.title,
			type: event.type,
			description: event.description,
			location: event.location,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			placesLeft: Math.max(0, event.capacity - event.confirmed),
			questions: event.questions,
			workshops: event.workshops.map((w) => ({ id: w.id, title: w.title, placesLeft: Math.max(0, w.capacity - w.confirmed) }))
		},
		open
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const data = await request.formData();
		const form = formObject(data);
		const answers: Record<string, string> = {};
		for (const [key, value] of Object.entries(form)) if (key.startsWith('answer_')) answers[key.slice(7)] = String(value);
		let token: string;
		let slug: string;
		try {
			const { event } = await resolveEventAddress(locals.db, params.id, locals.locale);
			slug = event.slug;
			({ ticketToken: token } = await registerForEvent(
				locals.db,
				locals.actor,
				event.id,
				{
					name: String(form.name ?? ''),
					email: String(form.email ?? ''),
					language: (['nl', 'fr', 'en'].includes(String(form.language)) ? form.language : locals.locale) as 'nl',
					answers,
					workshopIds: [form.workshopIds ?? []].flat().filter(Boolean)
				},
				locals.locale,
				{ clientKey: getClientAddress() }
			));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/e/${slug}/ticket/${token}?new=1`);
	}
};
