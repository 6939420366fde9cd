import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logIn } from '$lib/server/services/accounts/log-in';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { formFailure, formValues } from '$lib/server/forms';
import { AppError, type FieldErrors } from '$lib/server/errors';
import { translate } from '$lib/i18n';
import { fail } from '@sveltejs/kit';
import { localPathOr } from '$lib/server/safe-redirect';

function safeNext(next: string | null): string {
	return localPathOr(next);
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.actor.kind === 'user') redirect(303, safeNext(url.searchParams.get('next')));
	return { reset: url.searchParams.get('reset') === '1' };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		let session;
		try {
			session = await logIn(
				locals.db,
				{
					email: String(data.get('email') ?? ''),
					password: String(data.get('password') ?? ''),
					ip: getClientAddress(),
					userAgent: request.headers.get('user-agent')
				},
				locals.locale
			);
		} catch (error) {
			if (error instanceof AppError && error.code === 'invalid_credentials') {
				return fail(401, { message: translate(locals.locale, 'account.loginFailed'), errors: {} as FieldErrors, values: formValues(data) });
			}
			if (error instanceof AppError && error.code === 'rate_limited') {
				const seconds = (error.details as { retryAfterSeconds: number }).retryAfterSeconds;
				const minutes = Math.max(1, Math.ceil(seconds / 60));
				return fail(429, { message: translate(locals.locale, 'account.loginThrottled', { minutes }), errors: {} as FieldErrors, values: formValues(data) });
			}
			return formFailure(error, data, locals.locale);
		}
		cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt));
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
