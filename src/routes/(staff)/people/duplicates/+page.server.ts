import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { listDuplicates } from '$lib/server/services/people/find-duplicates';
import { mergePeople } from '$lib/server/services/people/merge-people';
import { previewMerge } from '$lib/server/services/people/preview-merge';
import { AppError } from '$lib/server/errors';

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'people.merge');
	const keep = url.searchParams.get('keep');
	const drop = url.searchParams.get('drop');
	let pair: Awaited<ReturnType<typeof previewMerge>> | null = null;
	if (keep && drop) {
		if (!UUID.test(keep) || !UUID.test(drop)) error(404, 'Person not found');
		try {
			pair = await previewMerge(locals.db, actor, keep, drop, locals.locale);
		} catch (e) {
			if (e instanceof AppError && e.status === 404) error(404, e.message);
			throw e;
		}
	}
	return { pairs: await listDuplicates(locals.db, actor), pair };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'people.merge');
		const data = await request.formData();
		const keep = String(data.get('keep') ?? '');
		const drop = String(data.get('drop') ?? '');
		try {
			await mergePeople(locals.db, actor, drop, { into: keep }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		redirect(303, `/people/${keep}?merged=1`);
	}
};
