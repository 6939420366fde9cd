import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { loadBlocks } from '$lib/server/services/acceleration-day/day-records';
import { registrationOptions } from '$lib/server/services/acceleration-day/page-options';
import { registrationFromForm } from '$lib/server/services/acceleration-day/day-form';
import { participantRegistrationForStaff, updateParticipantRegistration } from '$lib/server/services/acceleration-day/staff-registration';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.manage');
	const data = await pageError(() => participantRegistrationForStaff(locals.db, actor, { dayId: params.id, participantId: params.pid }, locals.locale));
	return { ...data, options: await registrationOptions(locals.db, await loadBlocks(locals.db, params.id), locals.locale) };
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.manage');
		const data = await request.formData();
		const form = formObject(data);
		const side = form.side === 'chancegiver' ? 'chancegiver' : 'innovator';
		try {
			const saved = await updateParticipantRegistration(
				locals.db,
				actor,
				{ dayId: params.id, participantId: params.pid, registration: registrationFromForm(side, form), language: String(form.language ?? '') },
				locals.locale
			);
			return { saved: true, appliesAtNextSolve: saved.appliesAtNextSolve };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
