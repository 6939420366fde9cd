import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { createAccelerationDay } from '$lib/server/services/acceleration-day/create-day';
import { dayFromForm } from '$lib/server/services/acceleration-day/day-form';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'accelerationDay.manage');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'accelerationDay.manage');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createAccelerationDay(locals.db, actor, dayFromForm(formObject(data)), locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/acceleration-days/${id}`);
	}
};
