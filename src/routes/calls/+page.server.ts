import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listOpenCalls } from '$lib/server/services/programmes/manage-programmes';
import { listMyApplications } from '$lib/server/services/programmes/applications';
import { listMyReviewCalls } from '$lib/server/services/programmes/selection';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'programmes.apply');
	const [open, mine, toReview] = await Promise.all([
		listOpenCalls(locals.db, actor),
		listMyApplications(locals.db, actor),
		listMyReviewCalls(locals.db, actor)
	]);
	return { open, mine, toReview };
};
