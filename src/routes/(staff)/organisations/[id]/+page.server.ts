import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { AppError } from '$lib/server/errors';
import { getOrganisation, linkOrganisationMember, unlinkOrganisationMember } from '$lib/server/services/people/organisations';
import { searchPeople } from '$lib/server/services/people/search-people';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'organisations.read');
	let organisation;
	try {
		organisation = await getOrganisation(locals.db, actor, params.id);
	} catch (e) {
		if (e instanceof AppError && e.status === 404) error(404, e.message);
		throw e;
	}
	// Finding the person to link: the directory's own search box.
	const q = url.searchParams.get('person') ?? '';
	const candidates = q ? (await searchPeople(locals.db, actor, { q, pageSize: 10 }, locals.locale)).items : [];
	return {
		organisation,
		personQuery: q,
		candidates: candidates.filter((c) => !organisation.members.some((m) => m.id === c.id)),
		flash: url.searchParams.has('created') ? 'organisationCreated' : url.searchParams.has('saved') ? 'saved' : null
	};
};

export const actions: Actions = {
	link: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'organisations.manage');
		const data = await request.formData();
		try {
			await linkOrganisationMember(locals.db, actor, params.id, { personId: data.get('personId'), function: data.get('function') }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { linked: true };
	},
	unlink: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'organisations.manage');
		const data = await request.formData();
		try {
			await unlinkOrganisationMember(locals.db, actor, params.id, String(data.get('personId') ?? ''));
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { unlinked: true };
	}
};
