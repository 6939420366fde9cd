import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { updateEvent } from '$lib/server/services/events/save-event';
import { eventFromForm } from '$lib/server/services/events/event-form';
import { formValuesOf } from '$lib/server/services/events/event-form-values';
import { readEvent } from '$lib/server/services/events/read-events';
import { eventTypes } from '$lib/domain/events/places';
import { pageError } from '$lib/server/services/events/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.manage');
	const summary = await pageError(() => readEvent(locals.db, actor, params.id, locals.locale));
	return { id: summary.id, title: summary.title, initial: formValuesOf(summary.event, summary.workshops), types: eventTypes };
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'events.manage');
		const data = await request.formData();
		try {
			const summary = await readEvent(locals.db, actor, params.id, locals.locale);
			const input = eventFromForm(formObject(data), summary.event.questions);
			await updateEvent(locals.db, actor, params.id, { ...input, version: Number(data.get('version')) }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/events/${params.id}`);
	}
};
