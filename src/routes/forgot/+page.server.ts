import type { Actions } from './$types';
import { requestPasswordReset } from '$lib/server/services/accounts/password-reset';
import { formFailure } from '$lib/server/forms';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		try {
			await requestPasswordReset(locals.db, { email: String(data.get('email') ?? '') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { sent: true };
	}
};
