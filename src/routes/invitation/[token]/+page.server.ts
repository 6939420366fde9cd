import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { acceptInvitation, describeInvitation } from '$lib/server/services/accounts/invitations';
import { createSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { formFailure } from '$lib/server/forms';
import { linkProblem } from '$lib/server/link-errors';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		return { problem: null, invitation: await describeInvitation(locals.db, params.token) };
	} catch (error) {
		const problem = linkProblem(error, locals.locale);
		if (!problem) throw error;
		return { problem, invitation: null };
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const data = await request.formData();
		let session;
		try {
			const user = await acceptInvitation(locals.db, params.token, { password: String(data.get('password') ?? '') }, locals.locale);
			session = await createSession(locals.db, user.id, request.headers.get('user-agent'));
		} catch (error) {
			const problem = linkProblem(error, locals.locale);
			if (problem) return { problem };
			return formFailure(error, data, locals.locale);
		}
		cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt));
		redirect(303, '/');
	}
};
