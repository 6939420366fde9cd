/** The language switch in the header: remembered in a cookie and, when signed in, per user. */
import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/core';
import { LOCALE_COOKIE, localeCookieOptions } from '$lib/server/auth/cookies';
import { setUserLocale } from '$lib/server/services/accounts/users';
import { localPathOr } from '$lib/server/safe-redirect';

export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const data = await request.formData();
	const locale = data.get('locale');
	const back = String(data.get('redirectTo') ?? '/');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, localeCookieOptions(url));
		if (locals.actor.kind === 'user') await setUserLocale(locals.db, locals.actor, locale);
	}
	// Only local paths: never an open redirect.
	redirect(303, localPathOr(back));
};
