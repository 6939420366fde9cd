import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { createEvent } from '$lib/server/services/events/save-event';
import { eventFromForm } from '$lib/server/services/events/event-form';
import { formValuesOf } from '$lib/server/services/events/event-form-values';
import { eventTypes } from '$lib/domain/events/places';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'events.manage');
	return { initial: formValuesOf(null), types: eventTypes };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'events.manage');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createEvent(locals.db, actor, eventFromForm(formObject(data)), locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/events/${id}`);
	}
};
