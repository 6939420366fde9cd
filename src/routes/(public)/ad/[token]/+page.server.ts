import type { Actions, PageServerLoad } from './$types';
import { formFailure, formObject } from '$lib/server/forms';
import { loadBlocks, loadDay, participantByToken, findVersion } from '$lib/server/services/acceleration-day/day-records';
import { registrationOptions } from '$lib/server/services/acceleration-day/page-options';
import { declineParticipation, saveRegistration } from '$lib/server/services/acceleration-day/save-registration';
import { registrationFromForm } from '$lib/server/services/acceleration-day/day-form';
import { meetingsToRate } from '$lib/server/services/acceleration-day/ratings';
import { requestNow } from '$lib/server/request-clock';
import { AppError } from '$lib/server/errors';
import { error } from '@sveltejs/kit';

export const load: PageServerLoad = async ({ locals, params, request }) => {
	try {
		const participant = await participantByToken(locals.db, params.token, locals.locale);
		const day = await loadDay(locals.db, participant.dayId, locals.locale);
		const blocks = await loadBlocks(locals.db, day.id);
		const published = await findVersion(locals.db, day.id, 'published');
		const { meetings } = published ? await meetingsToRate(locals.db, params.token, locals.locale, requestNow(request)) : { meetings: [] };
		const firstOpensAt = meetings.map((m) => m.opensAt).find((at) => at !== null) ?? null;
		return {
			participant: {
				name: participant.name,
				side: participant.side as 'innovator' | 'chancegiver',
				status: participant.status,
				question: participant.question,
				categories: participant.categories,
				themes: participant.themes,
				role: participant.role,
				availableSlots: participant.availableSlots,
				maxMeetings: participant.maxMeetings,
				tableName: participant.tableName
			},
			day: { title: day.title, date: day.date, venue: day.venue, status: day.status },
			hasAgenda: published !== null,
			/** When the first meeting can be rated, while none can yet (decision 084). */
			ratingsOpenAt: meetings.length > 0 && meetings.every((m) => !m.open) ? firstOpensAt : null,
			options: await registrationOptions(locals.db, blocks, locals.locale)
		};
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const data = await request.formData();
		try {
			const participant = await participantByToken(locals.db, params.token, locals.locale);
			const side = participant.side as 'innovator' | 'chancegiver';
			await saveRegistration(locals.db, locals.actor, { token: params.token, registration: registrationFromForm(side, formObject(data)) }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { saved: true };
	},
	decline: async ({ request, locals, params }) => {
		const data = await request.formData();
		try {
			await declineParticipation(locals.db, locals.actor, { token: params.token }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { declined: true };
	}
};
