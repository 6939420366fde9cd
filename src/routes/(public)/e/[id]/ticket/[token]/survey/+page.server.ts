import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/forms';
import { readTicket } from '$lib/server/services/events/read-events';
import { submitSurvey } from '$lib/server/services/events/submit-survey';
import { pageError } from '$lib/server/services/events/page-errors';
import { resolveEventAddress } from '$lib/server/services/events/event-slugs';

export const load: PageServerLoad = async ({ locals, params }) => {
	const address = await pageError(() => resolveEventAddress(locals.db, params.id, locals.locale));
	if (!address.canonical) redirect(301, `/e/${address.event.slug}/ticket/${params.token}/survey`);
	const { event, registration } = await pageError(() => readTicket(locals.db, address.event.id, params.token, locals.locale));
	return { event: { title: event.title, surveyOpen: event.surveyOpen }, name: registration.name };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const recommend = String(data.get('wouldRecommend') ?? '');
		try {
			const { event } = await resolveEventAddress(locals.db, params.id, locals.locale);
			await submitSurvey(
				locals.db,
				event.id,
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
