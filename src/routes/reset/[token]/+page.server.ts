import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { checkPasswordResetLink, resetPassword } from '$lib/server/services/accounts/password-reset';
import { formFailure } from '$lib/server/forms';
import { linkProblem } from '$lib/server/link-errors';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		return { problem: null, ...(await checkPasswordResetLink(locals.db, params.token)) };
	} catch (error) {
		const problem = linkProblem(error, locals.locale);
		if (!problem) throw error;
		return { problem, email: '' };
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		try {
			await resetPassword(locals.db, params.token, { password: String(data.get('password') ?? '') }, locals.locale);
		} catch (error) {
			const problem = linkProblem(error, locals.locale);
			if (problem) return { problem };
			return formFailure(error, data, locals.locale);
		}
		redirect(303, '/login?reset=1');
	}
};
