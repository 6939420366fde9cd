import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/forms';
import { readTicket } from '$lib/server/services/events/read-events';
import { submitSurvey } from '$lib/server/services/events/submit-survey';
import { pageError } from '$lib/server/services/events/page-errors';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { event, registration } = await pageError(() => readTicket(locals.db, params.id, params.token, locals.locale));
	return { event: { title: event.title, surveyOpen: event.surveyOpen }, name: registration.name };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const recommend = String(data.get('wouldRecommend') ?? '');
		try {
			await submitSurvey(
				locals.db,
				params.id,
				params.token,
				{
					rating: String(data.get('rating') ?? '') as unknown as number,
					wouldRecommend: recommend === 'yes' ? true : recommend === 'no' ? false : undefined,
					comment: String(data.get('comment') ?? '')
				},
				locals.locale
			);
			return { thanks: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
