import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { formFailure, formValues } from '$lib/server/forms';
import { meetingsToRate, rateMeeting } from '$lib/server/services/acceleration-day/ratings';
import { loadDay } from '$lib/server/services/acceleration-day/day-records';
import { requestNow } from '$lib/server/request-clock';

export const load: PageServerLoad = async ({ locals, params, request }) => {
	try {
		const { participant, meetings } = await meetingsToRate(locals.db, params.token, locals.locale, requestNow(request));
		const day = await loadDay(locals.db, participant.dayId, locals.locale);
		return { name: participant.name, day: { title: day.title }, meetings };
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
			await rateMeeting(
				locals.db,
				locals.actor,
				{ token: params.token, counterpartId: v.counterpartId ?? '', score: v.score as unknown as number, followUp: v.followUp === 'on', comment: v.comment || undefined },
				locals.locale,
				requestNow(request)
			);
			return { rated: v.counterpartId };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	}
};
