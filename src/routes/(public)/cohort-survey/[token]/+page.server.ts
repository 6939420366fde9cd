import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { answerCohortSurvey, readCohortSurvey } from '$lib/server/services/cohorts/cohort-survey';

/** The cohort survey through the member's personal link (no account; decision 079). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await pageError(() => readCohortSurvey(locals.db, params.token, locals.locale));
	return {
		cohort: survey.cohort,
		name: survey.name,
		sessions: survey.sessions.map((s) => ({ id: s.id, title: s.title, kind: s.kind, startsAt: s.startsAt.toISOString() })),
		answer: survey.answer ? { ...survey.answer, answeredAt: survey.answer.answeredAt.toISOString() } : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		try {
			const input = {
				rating: String(data.get('rating') ?? ''),
				wouldRecommend: String(data.get('wouldRecommend') ?? ''),
				helpfulSessionIds: data.getAll('helpfulSessionIds').map(String),
				comment: String(data.get('comment') ?? '')
			};
			return { thanks: (await answerCohortSurvey(locals.db, params.token, input, locals.locale)).ok };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
