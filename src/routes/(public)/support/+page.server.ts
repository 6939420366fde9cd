import type { Actions, PageServerLoad } from './$types';
import { formFailure, formObject } from '$lib/server/forms';
import { submitSupportRequest } from '$lib/server/services/intake/submit-support-request';
import { supportRequestFromForm, NEED_ROWS } from '$lib/server/services/intake/support-form';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';

export const load: PageServerLoad = async ({ locals }) => ({
	themes: await taxonomyOptions(locals.db, 'theme', locals.locale),
	categories: await taxonomyOptions(locals.db, 'category', locals.locale),
	needRows: NEED_ROWS
});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const data = await request.formData();
		try {
			const form = formObject(data);
			await submitSupportRequest(locals.db, locals.actor, supportRequestFromForm(form), locals.locale, {
				clientKey: getClientAddress(),
				honeypot: String(data.get('website') ?? '')
			});
			return { sent: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
