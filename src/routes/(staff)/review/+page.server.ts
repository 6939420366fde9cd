import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { listReviewMeetings } from '$lib/server/services/review/read-review-meeting';
import { openReviewMeeting } from '$lib/server/services/review/open-review-meeting';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'review.run');
	return { meetings: await listReviewMeetings(locals.db, actor) };
};

export const actions: Actions = {
	open: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		let id: string;
		try {
			const heldOn = String(data.get('heldOn') ?? '').trim();
			({ id } = await openReviewMeeting(locals.db, actor, { heldOn: heldOn || undefined }, locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/review/${id}`);
	}
};
