import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { formFailure } from '$lib/server/forms';
import { cohortSurveyStatus, sendCohortSurvey } from '$lib/server/services/cohorts/cohort-survey';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	return pageError(() => cohortSurveyStatus(locals.db, actor, params.id, locals.locale));
};

export const actions: Actions = {
	send: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			return { surveySent: await sendCohortSurvey(locals.db, actor, params.id, locals.locale) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
