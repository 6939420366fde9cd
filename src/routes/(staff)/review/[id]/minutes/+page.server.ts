import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { readReviewMeeting } from '$lib/server/services/review/read-review-meeting';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'review.run');
	return { view: await pageError(() => readReviewMeeting(locals.db, actor, params.id)) };
};
