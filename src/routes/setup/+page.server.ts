import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createFirstAdmin, needsSetup } from '$lib/server/services/accounts/setup';
import { createSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { formFailure, formObject } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals }) => {
	if (!(await needsSetup(locals.db))) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const data = await request.formData();
		let session;
		try {
			const user = await createFirstAdmin(locals.db, formObject(data) as never);
			session = await createSession(locals.db, user.id, request.headers.get('user-agent'));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt));
		redirect(303, '/');
	}
};
