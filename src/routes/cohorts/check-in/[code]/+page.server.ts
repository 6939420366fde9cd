import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { checkInWithCode } from '$lib/server/services/cohorts/attendance';
import { myCohorts } from '$lib/server/services/cohorts/read-cohorts';

/** A member opens the code's link (typed or scanned) while logged in and confirms. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	return { code: params.code, mine: await myCohorts(locals.db, actor) };
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url);
		const data = await request.formData();
		try {
			const done = await checkInWithCode(locals.db, actor, { code: params.code }, locals.locale);
			return { checkedIn: { session: done.sessionTitle, cohort: done.cohortName, cohortId: done.cohortId, memberId: done.memberId } };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
