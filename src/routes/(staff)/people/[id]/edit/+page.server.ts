import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { loadPersonFull } from '$lib/server/services/people/get-person';
import { updatePerson } from '$lib/server/services/people/update-person';
import { keepListValues, personFormValues, personInputFromForm } from '$lib/server/services/people/person-form';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';
import { assertPersonId } from '$lib/server/services/people/person-links';
import { AppError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireUser(locals, url, 'people.update');
	try {
		assertPersonId(params.id);
	} catch (e) {
		if (e instanceof AppError) error(404, e.message);
		throw e;
	}
	const person = await loadPersonFull(locals.db, params.id, locals.locale);
	if (!person) error(404, 'Person not found');
	if (person.mergedIntoId || person.erasedAt) redirect(303, `/people/${person.id}`);
	return {
		person: { id: person.id, displayName: person.displayName, version: person.version },
		values: personFormValues(person),
		themes: await taxonomyOptions(locals.db, 'theme', locals.locale),
		categories: await taxonomyOptions(locals.db, 'category', locals.locale)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'people.update');
		const data = await request.formData();
		const form = formObject(data);
		try {
			await updatePerson(locals.db, actor, params.id, { ...personInputFromForm(form), version: Number(form.version) }, locals.locale);
		} catch (e) {
			return keepListValues(formFailure(e, data, locals.locale), form);
		}
		redirect(303, `/people/${params.id}?saved=1`);
	}
};
