/** Cookie names and options, in one place. */
export const LOCALE_COOKIE = 'sif_locale';

/** httpOnly, SameSite=Lax, Secure whenever the site is served over HTTPS. */
export function sessionCookieOptions(url: URL, expires: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		expires
	};
}

export function localeCookieOptions(url: URL) {
	return {
		path: '/',
		httpOnly: false,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: 365 * 24 * 3600
	};
}
