import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { listRegistrations, readEvent } from '$lib/server/services/events/read-events';
import { checkInRegistration, undoCheckIn } from '$lib/server/services/events/check-in';
import { pageError } from '$lib/server/services/events/page-errors';
import { normaliseCheckinCode } from '$lib/domain/events/places';
import { AppError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'events.checkIn');
	const summary = await pageError(() => readEvent(locals.db, actor, params.id, locals.locale));
	const q = url.searchParams.get('q')?.trim() ?? '';
	const code = url.searchParams.get('code') ? normaliseCheckinCode(url.searchParams.get('code')!) : '';
	const term = code || q;
	const matches = term ? (await listRegistrations(locals.db, actor, params.id, { q: term }, locals.locale)).registrations.slice(0, 30) : [];
	return {
		event: { id: summary.id, title: summary.title, confirmed: summary.confirmed, checkedIn: summary.checkedIn },
		q,
		code,
		matches: matches.map((r) => ({
			id: r.id,
			name: r.name,
			email: r.email,
			status: r.status,
			checkedInAt: r.checkedInAt?.toISOString() ?? null,
			workshops: r.workshops.filter((w) => w.status === 'confirmed').map((w) => w.title)
		}))
	};
};

export const actions: Actions = {
	checkIn: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'events.checkIn');
		const data = await request.formData();
		const code = String(data.get('code') ?? '').trim();
		const registrationId = String(data.get('registrationId') ?? '').trim();
		try {
			const result = await checkInRegistration(
				locals.db,
				actor,
				{ eventId: params.id, code: code || undefined, registrationId: registrationId || undefined, force: data.get('force') === 'true' },
				locals.locale
			);
			return { checkedIn: result };
		} catch (error) {
			if (error instanceof AppError && error.code === 'invalid_state') {
				const details = error.details as { id: string; status: string };
				return { refused: { message: error.message, id: details.id, status: details.status } };
			}
			if (error instanceof AppError && error.code === 'not_found' && code) {
				return formFailure(new AppError('not_found', error.message, { fields: { code: [error.message] } }), data, locals.locale);
			}
			return formFailure(error, data, locals.locale);
		}
	},
	undo: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'events.checkIn');
		const data = await request.formData();
		try {
			await undoCheckIn(locals.db, actor, { eventId: params.id, registrationId: String(data.get('registrationId')) }, locals.locale);
			return { undone: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
