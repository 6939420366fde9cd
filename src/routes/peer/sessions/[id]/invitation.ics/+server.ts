import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guard';
import { AppError } from '$lib/server/errors';
import { peerSessionIcs } from '$lib/server/services/peer-network/session-calendar';

/** The session for the participant's calendar (the same event as the e-mailed invitation). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'peerNetwork.participate');
	try {
		const ics = await peerSessionIcs(locals.db, actor, params.id, locals.locale);
		return new Response(ics, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': 'attachment; filename="peer-session.ics"'
			}
		});
	} catch (e) {
		if (e instanceof AppError && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
};
