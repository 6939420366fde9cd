/**
 * Page guards: anonymous visitors go to the login page (and come back afterwards);
 * signed-in users without the right see the 403 page. API endpoints use the policy
 * through handleOperation instead.
 */
import { error, redirect } from '@sveltejs/kit';
import { can, type Action } from './auth/policy.ts';
import type { UserActor } from './auth/actor.ts';
import { translate } from '../i18n/index.ts';

export function requireUser(locals: App.Locals, url: URL, action?: Action, resource?: unknown): UserActor {
	const actor = locals.actor;
	if (actor.kind !== 'user') {
		redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	if (action && !can(actor, action, resource)) {
		error(403, translate(locals.locale, 'common.error403'));
	}
	return actor;
}
