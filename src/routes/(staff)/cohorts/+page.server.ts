import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { listCohorts } from '$lib/server/services/cohorts/read-cohorts';
import { createCohort } from '$lib/server/services/cohorts/create-cohort';
import { cohortKinds } from '$lib/domain/cohorts/progress';
import { admitAccepted, callsWithAccepted } from '$lib/server/services/cohorts/admit-accepted';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	return {
		cohorts: await listCohorts(locals.db, actor),
		kinds: cohortKinds,
		year: new Date().getFullYear(),
		calls: await callsWithAccepted(locals.db, actor),
		deleted: url.searchParams.has('deleted'),
		// `/cohorts?call=<id>` opens the "new cohort from a call" form with that call chosen.
		preselectCall: url.searchParams.get('call') ?? ''
	};
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createCohort(locals.db, actor, Object.fromEntries(data), locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/cohorts/${id}`);
	},
	/** A new cohort with the accepted applicants of a call (decision 076). */
	fromCall: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		const { callId, ...rest } = Object.fromEntries(data);
		try {
			return { admitted: await admitAccepted(locals.db, actor, String(callId ?? ''), rest, locals.locale) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
