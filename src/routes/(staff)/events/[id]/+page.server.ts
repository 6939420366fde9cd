import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { can } from '$lib/server/auth/policy';
import { formFailure, formObject } from '$lib/server/forms';
import { listRegistrations, readEvent } from '$lib/server/services/events/read-events';
import { registerForEvent } from '$lib/server/services/events/register-for-event';
import { cancelRegistration } from '$lib/server/services/events/cancel-registration';
import { pageError } from '$lib/server/services/events/page-errors';
import { eventRegistrations } from '$lib/server/db/schema/events';
import { inArray } from 'drizzle-orm';
import { eventLink } from '$lib/server/services/events/event-records';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.read');
	const q = url.searchParams.get('q') ?? '';
	const status = url.searchParams.get('status') ?? '';
	const { event, ...summary } = await pageError(() => readEvent(locals.db, actor, params.id, locals.locale));
	const { registrations } = await listRegistrations(locals.db, actor, params.id, { q, status: status || undefined }, locals.locale);
	return {
		summary,
		questions: event.questions,
		publicUrl: eventLink(event),
		q,
		status,
		registrations: registrations.map((r) => ({
			id: r.id,
			name: r.name,
			email: r.email,
			status: r.status,
			answers: r.answers,
			workshops: r.workshops,
			checkedInAt: r.checkedInAt?.toISOString() ?? null,
			createdAt: r.createdAt.toISOString(),
			checkinCode: r.checkinCode,
			source: r.source
		})),
		canManage: can(actor, 'events.manage'),
		canRegister: can(actor, 'events.register')
	};
};

export const actions: Actions = {
	register: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'events.register');
		const data = await request.formData();
		const form = formObject(data);
		const answers: Record<string, string> = {};
		for (const [key, value] of Object.entries(form)) if (key.startsWith('answer_')) answers[key.slice(7)] = String(value);
		const workshopIds = [form.workshopIds ?? []].flat().filter(Boolean);
		try {
			const result = await registerForEvent(
				locals.db,
				actor,
				params.id,
				{ name: String(form.name ?? ''), email: String(form.email ?? ''), language: (form.language as 'nl') || undefined, answers, workshopIds },
				locals.locale
			);
			return { registered: { name: String(form.name), status: result.status } };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	cancel: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'events.register');
		const data = await request.formData();
		try {
			const result = await cancelRegistration(locals.db, actor, { eventId: params.id, registrationId: String(data.get('registrationId')) }, locals.locale);
			const promotedName = result.promoted
				? (await locals.db.select({ name: eventRegistrations.name }).from(eventRegistrations).where(inArray(eventRegistrations.id, [result.promoted])))[0]?.name
				: null;
			return { cancelled: true, promotedName };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
