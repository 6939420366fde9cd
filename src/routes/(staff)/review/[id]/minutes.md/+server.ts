import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { readReviewMeeting } from '$lib/server/services/review/read-review-meeting';
import { minutesMarkdown } from '$lib/server/services/review/review-minutes';
import { pageError } from '$lib/server/page-errors';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'review.run');
	const view = await pageError(() => readReviewMeeting(locals.db, actor, params.id));
	return new Response(minutesMarkdown(view, locals.locale), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="review-${view.meeting.heldOn}.md"`
		}
	});
};
