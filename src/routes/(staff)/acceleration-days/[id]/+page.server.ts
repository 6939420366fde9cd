import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { getDayOverview } from '$lib/server/services/acceleration-day/day-overview';
import { registrationOptions } from '$lib/server/services/acceleration-day/page-options';
import { registerParticipant } from '$lib/server/services/acceleration-day/register-participant';
import { registrationFromForm } from '$lib/server/services/acceleration-day/day-form';
import { sendReminders } from '$lib/server/services/acceleration-day/send-reminders';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.read');
	const overview = await pageError(() => getDayOverview(locals.db, actor, params.id, locals.locale));
	return { ...overview, options: await registrationOptions(locals.db, overview.blocks, locals.locale) };
};

export const actions: Actions = {
	register: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.manage');
		const data = await request.formData();
		const form = formObject(data);
		const side = form.side === 'chancegiver' ? 'chancegiver' : 'innovator';
		try {
			await registerParticipant(
				locals.db,
				actor,
				{
					dayId: params.id,
					side,
					name: String(form.name ?? ''),
					email: String(form.email ?? ''),
					language: (String(form.language || 'nl') as 'nl'),
					sendLink: form.sendLink === 'on',
					registration: form.registerNow === 'on' ? registrationFromForm(side, form) : undefined
				},
				locals.locale
			);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { registered: String(form.name ?? '') };
	},
	remind: async ({ locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.manage');
		try {
			const { reminded } = await sendReminders(locals.db, actor, { dayId: params.id }, locals.locale);
			return { reminded };
		} catch (error) {
			return formFailure(error, new FormData(), locals.locale);
		}
	}
};
