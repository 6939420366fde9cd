import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { AppError } from '$lib/server/errors';
import { searchPeople } from '$lib/server/services/people/search-people';
import { deleteFilter, listSavedFilters, saveFilter } from '$lib/server/services/people/saved-filters';
import { inArray } from 'drizzle-orm';
import { organisations } from '$lib/server/db/schema/people';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'people.search');
	const params = url.searchParams;
	const input = {
		q: params.get('q') ?? '',
		role: params.getAll('role'),
		theme: params.getAll('theme'),
		region: params.getAll('region'),
		helix: params.getAll('helix'),
		organisation: params.getAll('organisation'),
		page: params.get('page') ?? 1,
		sort: params.get('sort') || undefined
	};
	let result;
	try {
		result = await searchPeople(locals.db, actor, input, locals.locale, { facets: true });
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		result = await searchPeople(locals.db, actor, {}, locals.locale, { facets: true });
	}
	// The organisation facet: names of the largest organisations in the result and of the chosen ones.
	const orgIds = [...new Set([...Object.keys(result.facets?.organisation ?? {}), ...input.organisation])].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
	const orgRows = orgIds.length ? await locals.db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)) : [];
	return {
		organisationOptions: orgRows.sort((a, b) => a.name.localeCompare(b.name)),
		result,
		filters: { ...input, sort: input.sort ?? '' },
		themes: await taxonomyOptions(locals.db, 'theme', locals.locale),
		savedFilters: await listSavedFilters(locals.db, actor)
	};
};

export const actions: Actions = {
	saveFilter: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'people.search');
		const data = await request.formData();
		try {
			await saveFilter(locals.db, actor, { name: data.get('name'), query: url.search.replace(/^\?/, '').replace(/(^|&)\/saveFilter(&|$)/, '') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { saved: true };
	},
	deleteFilter: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'people.search');
		const data = await request.formData();
		const id = data.get('id');
		if (typeof id !== 'string') return fail(400, { message: 'id' });
		await deleteFilter(locals.db, actor, id);
		return { deleted: true };
	}
};
