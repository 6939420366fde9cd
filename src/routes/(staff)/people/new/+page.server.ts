import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { createPerson } from '$lib/server/services/people/create-person';
import { keepListValues, personInputFromForm } from '$lib/server/services/people/person-form';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'people.create');
	return {
		themes: await taxonomyOptions(locals.db, 'theme', locals.locale),
		categories: await taxonomyOptions(locals.db, 'category', locals.locale)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'people.create');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createPerson(locals.db, actor, personInputFromForm(formObject(data)), locals.locale));
		} catch (error) {
			return keepListValues(formFailure(error, data, locals.locale), formObject(data));
		}
		redirect(303, `/people/${id}?created=1`);
	}
};
