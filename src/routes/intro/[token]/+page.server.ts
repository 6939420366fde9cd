import type { Actions, PageServerLoad } from './$types';
import { AppError } from '$lib/server/errors';
import { translate } from '$lib/i18n';
import type { Locale } from '$lib/i18n/core';
import { answerIntroduction, describeIntroduction } from '$lib/server/services/introductions/answer-introduction';

function problemOf(error: unknown, locale: Locale): string | null {
	if (!(error instanceof AppError)) return null;
	if (error.code === 'link_used') return translate(locale, 'intake.linkUsed');
	if (error.code === 'link_expired') return translate(locale, 'intake.linkExpired');
	if (error.code === 'not_found') return translate(locale, 'intake.linkInvalid');
	return null;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		return { problem: null, intro: await describeIntroduction(locals.db, params.token) };
	} catch (error) {
		const problem = problemOf(error, locals.locale);
		if (!problem) throw error;
		return { problem, intro: null };
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const answer = data.get('answer') === 'accept' ? 'accepted' : 'declined';
		try {
			const { status } = await answerIntroduction(locals.db, params.token, answer);
			return { answered: answer, status };
		} catch (error) {
			const problem = problemOf(error, locals.locale);
			if (!problem) throw error;
			return { problem };
		}
	}
};
