import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { agendaByToken, agendaPdf } from '$lib/server/services/acceleration-day/agenda';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const { published, agenda } = await agendaByToken(locals.db, params.token, locals.locale);
		if (!published) error(404, 'No published timetable yet');
		return new Response(agendaPdf(agenda, locals.locale) as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': 'attachment; filename="agenda.pdf"',
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};
