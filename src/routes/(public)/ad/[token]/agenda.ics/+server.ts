import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { agendaByToken, agendaIcs } from '$lib/server/services/acceleration-day/agenda';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const { published, agenda, context } = await agendaByToken(locals.db, params.token, locals.locale);
		if (!published) error(404, 'No published timetable yet');
		return new Response(agendaIcs(agenda, context, params.token, locals.locale), {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': 'attachment; filename="agenda.ics"',
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};
