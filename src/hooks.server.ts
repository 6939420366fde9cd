/**
 * Every request: open (or receive) the database, find the actor (bearer token or session
 * cookie), pick the language, apply rate limits, send first visitors to setup, and add
 * the security headers that the CSP setting does not cover.
 */
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { appRuntime } from '$lib/server/db/app-db';
import { actorFromApiToken, actorFromSessionToken, SESSION_COOKIE } from '$lib/server/auth/session';
import { anonymous, type Actor } from '$lib/server/auth/actor';
import { isStaff } from '$lib/server/auth/policy';
import { isLocale, negotiateLocale, type Locale } from '$lib/i18n/core';
import { needsSetup } from '$lib/server/services/accounts/setup';
import { hitRateLimit } from '$lib/server/services/security/rate-limit';
import { errorResponse } from '$lib/server/api/respond';
import { AppError } from '$lib/server/errors';
import { translate } from '$lib/i18n';
import { LOCALE_COOKIE, sessionCookieOptions } from '$lib/server/auth/cookies';

export const init: ServerInit = async () => {
	await appRuntime();
};

let setupDone = false;

/** Requests per minute: anonymous per IP; signed-in per user; staff get large bursts. */
const LIMITS = { anonymous: 300, user: 1200, staff: 6000 };

function clientIp(event: Parameters<Handle>[0]['event']): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const { handle: dbHandle } = await appRuntime();
	const db = dbHandle.db;
	event.locals.db = db;
	event.locals.engine = dbHandle.engine;
	const path = event.url.pathname;
	const isApi = path.startsWith('/api/');

	let actor: Actor = anonymous;
	const authorization = event.request.headers.get('authorization');
	if (authorization?.toLowerCase().startsWith('bearer ')) {
		const found = await actorFromApiToken(db, authorization.slice(7).trim());
		if (!found) {
			return errorResponse(new AppError('unauthenticated', 'Unknown or revoked API token'));
		}
		actor = found;
	} else {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) {
			const found = await actorFromSessionToken(db, token);
			if (found) {
				actor = found.actor;
				event.locals.sessionToken = token;
				event.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(event.url, found.expiresAt));
			} else {
				event.cookies.delete(SESSION_COOKIE, { path: '/' });
			}
		}
	}
	event.locals.actor = actor;

	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	const locale: Locale =
		actor.kind === 'user'
			? actor.locale
			: isLocale(cookieLocale)
				? cookieLocale
				: negotiateLocale(event.request.headers.get('accept-language'));
	event.locals.locale = locale;

	if (path !== '/health' && !path.startsWith('/_app/')) {
		const tier = actor.kind === 'user' ? (isStaff(actor) ? 'staff' : 'user') : 'anonymous';
		const key = actor.kind === 'user' ? `req:user:${actor.userId}` : `req:ip:${clientIp(event)}`;
		const verdict = await hitRateLimit(db, key, LIMITS[tier], 60);
		if (!verdict.allowed) {
			const error = new AppError('rate_limited', 'Too many requests', {
				retryAfterSeconds: verdict.retryAfterSeconds
			});
			if (isApi) return errorResponse(error);
			return new Response(translate(locale, 'common.error429'), {
				status: 429,
				headers: { 'retry-after': String(verdict.retryAfterSeconds), 'content-type': 'text/plain; charset=utf-8' }
			});
		}
	}

	if (!setupDone) {
		if (await needsSetup(db)) {
			if (!isApi && path !== '/setup' && path !== '/health' && !path.startsWith('/_app/')) {
				redirect(303, '/setup');
			}
		} else {
			setupDone = true;
		}
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('x-frame-options', 'DENY');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	if (isApi && !response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Internal error' : message, code: String(status) };
};
