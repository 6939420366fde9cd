import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { callState, readCall } from '$lib/server/services/programmes/manage-programmes';
import { readMyApplication, saveApplication, saveApplicationFile } from '$lib/server/services/programmes/applications';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'programmes.apply');
	const { call, programme } = await pageError(() => readCall(locals.db, actor, params.id));
	const mine = await readMyApplication(locals.db, actor, call.id);
	return { call, programme, state: callState(call), application: mine?.application ?? null, files: mine?.files ?? [] };
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.apply');
		const data = await request.formData();
		const submit = data.get('intent') === 'submit';
		try {
			const { call } = await readCall(locals.db, actor, params.id);
			for (const q of call.questions.filter((q) => q.kind === 'file')) {
				const file = data.get(q.key);
				if (file instanceof File && file.size > 0) {
					await saveApplicationFile(locals.db, actor, call.id, q.key, {
						filename: file.name,
						contentType: file.type,
						data: new Uint8Array(await file.arrayBuffer())
					}, locals.locale);
				}
			}
			const answers = Object.fromEntries(
				Object.entries(formObject(data)).filter(([k]) => call.questions.some((q) => q.key === k && q.kind !== 'file'))
			);
			await saveApplication(locals.db, actor, call.id, answers, locals.locale, { submit });
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return submit ? { submitted: true } : { draftSaved: true };
	}
};
