import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { AppError } from '$lib/server/errors';
import { getOrganisation, updateOrganisation } from '$lib/server/services/people/organisations';
import { formatEnterpriseNumber } from '$lib/domain/people/enterprise-number';
import { organisationInputFromForm } from '../../organisation-form';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'organisations.manage');
	try {
		const org = await getOrganisation(locals.db, actor, params.id);
		return {
			organisation: { id: org.id, name: org.name, version: org.version },
			values: {
				name: org.name,
				legalForm: org.legalForm ?? '',
				enterpriseNumber: org.enterpriseNumber ? formatEnterpriseNumber(org.enterpriseNumber) : '',
				sector: org.sector ?? '',
				helix: org.helix ?? '',
				website: org.website ?? '',
				municipality: org.municipality ?? '',
				region: org.region ?? '',
				description: org.description ?? ''
			}
		};
	} catch (e) {
		if (e instanceof AppError && e.status === 404) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'organisations.manage');
		const data = await request.formData();
		try {
			await updateOrganisation(locals.db, actor, params.id, organisationInputFromForm(data), locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		redirect(303, `/organisations/${params.id}?saved=1`);
	}
};
