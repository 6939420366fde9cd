import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { submitSupportRequest } from '$lib/server/services/intake/submit-support-request';
import { supportRequestFromForm, NEED_ROWS } from '$lib/server/services/intake/support-form';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'intake.create');
	return {
		themes: await taxonomyOptions(locals.db, 'theme', locals.locale),
		categories: await taxonomyOptions(locals.db, 'category', locals.locale),
		needRows: NEED_ROWS
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'intake.create');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await submitSupportRequest(locals.db, actor, supportRequestFromForm(formObject(data)), locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/cases/${id}`);
	}
};
