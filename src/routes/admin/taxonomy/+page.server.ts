import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { createTerm, listTaxonomy, updateTerm } from '$lib/server/services/people/taxonomy';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'taxonomy.manage');
	return { terms: (await listTaxonomy(locals.db, actor, { includeArchived: true }, locals.locale)).items };
};

const text = (data: FormData, key: string) => String(data.get(key) ?? '');

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'taxonomy.manage');
		const data = await request.formData();
		try {
			const term = await createTerm(
				locals.db,
				actor,
				{ kind: text(data, 'kind'), key: text(data, 'key'), labelNl: text(data, 'labelNl'), labelFr: text(data, 'labelFr'), labelEn: text(data, 'labelEn'), sortOrder: text(data, 'sortOrder') || 0 },
				locals.locale
			);
			return { created: term.key };
		} catch (error) {
			const failure = formFailure(error, data, locals.locale);
			return fail(failure.status, { ...failure.data, termId: 'new' });
		}
	},
	update: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'taxonomy.manage');
		const data = await request.formData();
		const id = text(data, 'id');
		if (!id) return fail(400, { message: 'id' });
		try {
			await updateTerm(
				locals.db,
				actor,
				id,
				{ labelNl: text(data, 'labelNl'), labelFr: text(data, 'labelFr'), labelEn: text(data, 'labelEn'), sortOrder: text(data, 'sortOrder') || 0 },
				locals.locale
			);
		} catch (error) {
			const failure = formFailure(error, data, locals.locale);
			return fail(failure.status, { ...failure.data, termId: id });
		}
		return { saved: id };
	},
	archive: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'taxonomy.manage');
		const data = await request.formData();
		try {
			await updateTerm(locals.db, actor, text(data, 'id'), { archived: text(data, 'archived') === 'true' }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { saved: text(data, 'id') };
	}
};
