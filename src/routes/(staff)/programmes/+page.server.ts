import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { createProgramme, listProgrammes } from '$lib/server/services/programmes/manage-programmes';
import { programmeKinds, type ProgrammeInput } from '$lib/schemas/programmes';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	return { programmes: await listProgrammes(locals.db, actor), kinds: programmeKinds };
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		const form = formObject(data);
		let id: string;
		try {
			({ id } = await createProgramme(locals.db, actor, form as unknown as ProgrammeInput, locals.locale));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, `/programmes/${id}`);
	}
};
