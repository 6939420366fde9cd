import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { AppError } from '$lib/server/errors';
import { getPerson } from '$lib/server/services/people/get-person';
import type { PersonFull } from '$lib/server/services/people/get-person';
import { recordConsent } from '$lib/server/services/people/record-consent';
import { erasePerson } from '$lib/server/services/people/erase-person';
import { duplicatesOf } from '$lib/server/services/people/find-duplicates';
import { personPanel } from '$lib/server/services/matching/suggest-for-need';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'people.view');
	let person: PersonFull;
	try {
		person = (await getPerson(locals.db, actor, params.id, locals.locale)) as PersonFull;
	} catch (e) {
		if (e instanceof AppError && e.status === 404) error(404, e.message);
		throw e;
	}
	const isStaffView = 'staffNotes' in person;
	return {
		person,
		isStaffView,
		matching: isStaffView ? await personPanel(locals.db, actor, person.id, locals.locale) : null,
		duplicates: isStaffView && !person.mergedIntoId && !person.erasedAt ? await duplicatesOf(locals.db, actor, person.id) : [],
		flash: url.searchParams.has('created') ? 'created' : url.searchParams.has('saved') ? 'saved' : url.searchParams.has('merged') ? 'merged' : null
	};
};

export const actions: Actions = {
	consent: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'people.view');
		const data = await request.formData();
		const form = formObject(data);
		try {
			await recordConsent(locals.db, actor, params.id, { purpose: form.purpose, granted: form.granted === 'yes', source: form.source, givenOn: form.givenOn || undefined }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { consentSaved: true };
	},
	erase: async ({ request, locals, url, params }) => {
		// Confirmed in a dialog on the page (confirm-submit); the service refuses non-staff.
		const actor = requireUser(locals, url, 'people.erase');
		const data = await request.formData();
		try {
			await erasePerson(locals.db, actor, params.id, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		redirect(303, `/people/${params.id}`);
	}
};
