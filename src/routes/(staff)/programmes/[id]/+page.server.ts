import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { callState, createCall, readProgramme } from '$lib/server/services/programmes/manage-programmes';
import { callFromForm, foldCallErrors } from '$lib/server/services/programmes/call-form';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	const { programme, calls } = await pageError(() => readProgramme(locals.db, actor, params.id));
	const now = new Date();
	return { programme, calls: calls.map((c) => ({ ...c, state: callState(c, now) })) };
};

export const actions: Actions = {
	createCall: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		let id: string;
		try {
			({ id } = await createCall(locals.db, actor, params.id, callFromForm(formObject(data), locals.locale), locals.locale));
		} catch (error) {
			return formFailure(foldCallErrors(error), data, locals.locale);
		}
		redirect(303, `/programmes/calls/${id}`);
	}
};
