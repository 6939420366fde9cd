import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { declareConflict, listApplicationsForReview, saveReview } from '$lib/server/services/programmes/selection';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	const { call, items, conflicts } = await pageError(() => listApplicationsForReview(locals.db, actor, params.id, locals.locale));
	return { call, items, conflicts };
};

export const actions: Actions = {
	score: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url);
		const data = await request.formData();
		const applicationId = String(data.get('applicationId') ?? '');
		const scores: Record<string, number> = {};
		for (const [k, v] of data.entries()) {
			if (k.startsWith('score_') && typeof v === 'string') scores[k.slice(6)] = v.trim() === '' ? NaN : Number(v.replace(',', '.'));
		}
		try {
			await saveReview(locals.db, actor, applicationId, { scores, comment: String(data.get('comment') ?? '') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { reviewed: applicationId };
	},
	conflict: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url);
		const data = await request.formData();
		try {
			await declareConflict(locals.db, actor, String(data.get('applicationId') ?? ''), { reason: String(data.get('reason') ?? '') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { conflict: true };
	}
};
