import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { agendaByToken, checkInQrSvg } from '$lib/server/services/acceleration-day/agenda';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const { participant, published, agenda } = await agendaByToken(locals.db, params.token, locals.locale);
		return {
			agenda,
			published,
			qr: published ? checkInQrSvg(participant.dayId, participant.id) : null,
			checkedIn: participant.checkedInAt !== null
		};
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};
