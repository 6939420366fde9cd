import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formValues } from '$lib/server/forms';
import { ratingsOverview, sendOutcomeSurveys } from '$lib/server/services/acceleration-day/ratings';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.read');
	return pageError(() => ratingsOverview(locals.db, actor, params.id, locals.locale));
};

export const actions: Actions = {
	survey: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.manage');
		const data = await request.formData();
		try {
			const { sent } = await sendOutcomeSurveys(locals.db, actor, { dayId: params.id, early: formValues(data).early === 'on' }, locals.locale);
			return { sent };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
