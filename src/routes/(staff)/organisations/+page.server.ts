import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { AppError } from '$lib/server/errors';
import { listOrganisations } from '$lib/server/services/people/organisations';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'organisations.read');
	const input = { q: url.searchParams.get('q') ?? '', helix: url.searchParams.get('helix') || undefined, page: url.searchParams.get('page') ?? 1 };
	let result;
	try {
		result = await listOrganisations(locals.db, actor, input, locals.locale);
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		result = await listOrganisations(locals.db, actor, {}, locals.locale);
	}
	return { result, filters: { q: input.q, helix: input.helix ?? '' } };
};
