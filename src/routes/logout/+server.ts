import { redirect, type RequestHandler } from '@sveltejs/kit';
import { deleteAllSessions, deleteSession, SESSION_COOKIE } from '$lib/server/auth/session';

/** POST /logout ends this session; with everywhere=1 every session of the account. */
export const POST: RequestHandler = async ({ locals, cookies, request }) => {
	const data = await request.formData();
	if (locals.actor.kind === 'user') {
		if (data.get('everywhere') === '1') await deleteAllSessions(locals.db, locals.actor.userId);
		else if (locals.sessionToken) await deleteSession(locals.db, locals.sessionToken);
	}
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/login');
};
