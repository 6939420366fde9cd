import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guard';
import { changePassword, updateProfile } from '$lib/server/services/accounts/users';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/services/accounts/api-tokens';
import { formFailure } from '$lib/server/forms';
import { LOCALE_COOKIE, localeCookieOptions } from '$lib/server/auth/cookies';
import { SESSION_COOKIE } from '$lib/server/auth/session';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'profile.update');
	return {
		profile: { name: actor.name, email: actor.email, locale: actor.locale, role: actor.role },
		tokens: await listApiTokens(locals.db, actor)
	};
};

export const actions: Actions = {
	profile: async ({ request, locals, url, cookies }) => {
		const actor = requireUser(locals, url, 'profile.update');
		const data = await request.formData();
		try {
			const user = await updateProfile(locals.db, actor, { name: String(data.get('name') ?? ''), locale: String(data.get('locale') ?? '') as 'nl' }, locals.locale);
			cookies.set(LOCALE_COOKIE, user.locale, localeCookieOptions(url));
			return { form: 'profile', ok: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	password: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'profile.update');
		const data = await request.formData();
		try {
			await changePassword(locals.db, actor, { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		// Every session ended, this one too: sign in again with the new password.
		redirect(303, '/login?reset=1');
	},
	createToken: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'profile.tokens');
		const data = await request.formData();
		try {
			const created = await createApiToken(locals.db, actor, { userId: actor.userId, label: String(data.get('label') ?? '') }, locals.locale);
			return { form: 'token', token: created.token };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	revokeToken: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'profile.tokens');
		const data = await request.formData();
		try {
			await revokeApiToken(locals.db, actor, String(data.get('id') ?? ''));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { form: 'revoke', ok: true };
	},
	logoutEverywhere: async ({ locals, url, cookies }) => {
		const actor = requireUser(locals, url, 'profile.update');
		const { deleteAllSessions } = await import('$lib/server/auth/session');
		await deleteAllSessions(locals.db, actor.userId);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login');
	}
};
