import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { formFailure, formValues } from '$lib/server/forms';
import { answerOutcomeSurvey } from '$lib/server/services/acceleration-day/ratings';
import { loadDay, participantByToken } from '$lib/server/services/acceleration-day/day-records';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const participant = await participantByToken(locals.db, params.token, locals.locale);
		const day = await loadDay(locals.db, participant.dayId, locals.locale);
		return { name: participant.name, day: { title: day.title } };
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const v = formValues(data);
		try {
			await answerOutcomeSurvey(
				locals.db,
				locals.actor,
				{ token: params.token, funding: v.funding === 'on', advice: v.advice === 'on', partnership: v.partnership === 'on', comment: v.comment || undefined },
				locals.locale
			);
			return { answered: true };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	}
};
