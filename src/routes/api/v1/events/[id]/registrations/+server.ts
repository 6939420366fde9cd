import { handleOperation } from '$lib/server/api/handle-operation';
import { listRegistrationsOp, registerForEventOp } from '$lib/server/api/operations/events';
import { registerForEvent } from '$lib/server/services/events/register-for-event';
import { listRegistrations } from '$lib/server/services/events/read-events';

export const POST = handleOperation(registerForEventOp, async ({ db, actor, params, body, locale }) => {
	const { id, status } = await registerForEvent(db, actor, params.id, body, locale);
	return { id, status };
});

export const GET = handleOperation(listRegistrationsOp, async ({ db, actor, params, query, locale }) => {
	const { registrations } = await listRegistrations(db, actor, params.id, { q: query.q, status: query.status }, locale);
	return {
		registrations: registrations.map((r) => ({
			id: r.id,
			name: r.name,
			email: r.email,
			status: r.status as 'confirmed' | 'waitlisted' | 'cancelled',
			locale: r.locale,
			source: r.source,
			answers: r.answers,
			workshops: r.workshops,
			checkinCode: r.checkinCode,
			checkedInAt: r.checkedInAt?.toISOString() ?? null,
			createdAt: r.createdAt.toISOString()
		}))
	};
});
