import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { formFailure } from '$lib/server/forms';
import { cohortById } from '$lib/server/services/cohorts/cohort-records';
import { cohortFootprint, deleteCohort, updateCohort } from '$lib/server/services/cohorts/edit-cohorts';
import { programmeChoices } from '$lib/server/services/cohorts/admit-accepted';
import { toCohort } from '$lib/server/services/cohorts/cohort-records';
import { cohortKinds } from '$lib/domain/cohorts/progress';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.manage');
	const cohort = await pageError(() => cohortById(locals.db, params.id, locals.locale));
	return {
		cohort: toCohort(cohort),
		lost: await cohortFootprint(locals.db, cohort.id),
		programmes: await programmeChoices(locals.db, actor),
		kinds: cohortKinds
	};
};

export const actions: Actions = {
	update: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await updateCohort(locals.db, actor, params.id, Object.fromEntries(data), locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/cohorts/${params.id}?saved=1`);
	},
	delete: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await deleteCohort(locals.db, actor, params.id, { confirm: data.get('confirm') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, '/cohorts?deleted=1');
	}
};
