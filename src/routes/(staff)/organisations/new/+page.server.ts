import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { createOrganisation } from '$lib/server/services/people/organisations';
import { organisationInputFromForm } from '../organisation-form';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'organisations.manage');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'organisations.manage');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createOrganisation(locals.db, actor, organisationInputFromForm(data), locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/organisations/${id}?created=1`);
	}
};
