import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { formFailure } from '$lib/server/forms';
import { AppError } from '$lib/server/errors';
import { preferenceSuggestions, savePreferences } from '$lib/server/services/acceleration-day/preferences';
import { loadDay } from '$lib/server/services/acceleration-day/day-records';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const { participant, suggestions } = await preferenceSuggestions(locals.db, locals.actor, { token: params.token }, locals.locale);
		const day = await loadDay(locals.db, participant.dayId, locals.locale);
		return {
			name: participant.name,
			side: participant.side as 'innovator' | 'chancegiver',
			day: { title: day.title, status: day.status },
			suggestions
		};
	} catch (e) {
		if (e instanceof AppError) error(e.status, e.message);
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const marks = [...data.entries()]
			.filter(([key]) => key.startsWith('mark:'))
			.map(([key, value]) => ({ counterpartId: key.slice(5), kind: String(value) as 'must' }));
		try {
			const { saved } = await savePreferences(locals.db, locals.actor, { token: params.token, marks }, locals.locale);
			return { saved };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	}
};
