import qrcode from 'qrcode-generator';
import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { formFailure } from '$lib/server/forms';
import { readCohort } from '$lib/server/services/cohorts/read-cohorts';
import { markAttendance } from '$lib/server/services/cohorts/attendance';
import { deleteSession, updateSession } from '$lib/server/services/cohorts/edit-sessions';
import { redirect } from '@sveltejs/kit';
import { sessionKinds } from '$lib/domain/cohorts/progress';
import { brusselsLocalInput } from '$lib/server/services/events/event-form';
import { translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	const view = await pageError(() => readCohort(locals.db, actor, params.id, locals.locale));
	const session = view.sessions.find((s) => s.id === params.sessionId);
	if (!session) error(404, translate(locals.locale, 'cohorts.sessionNotFound'));
	const checkInUrl = `${url.origin}/cohorts/check-in/${session.checkInCode}`;
	const qr = qrcode(0, 'M');
	qr.addData(checkInUrl);
	qr.make();
	const marks = new Map(view.attendance.filter((a) => a.sessionId === session.id).map((a) => [a.memberId, a]));
	return {
		cohort: view.cohort,
		session,
		checkInUrl,
		qrSvg: qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true }),
		sessionKinds,
		initial: {
			startsAt: brusselsLocalInput(new Date(session.startsAt)),
			endsAt: brusselsLocalInput(session.endsAt ? new Date(session.endsAt) : null),
			materials: session.materials.join('\n')
		},
		// Attendance marks (present or absent) a delete would lose (decision 076).
		marks: marks.size,
		members: view.members
			.filter((m) => m.status !== 'dropped')
			.map((m) => ({ id: m.id, displayName: m.displayName, present: marks.get(m.id)?.present ?? null, how: marks.get(m.id)?.how ?? null }))
	};
};

export const actions: Actions = {
	tick: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await markAttendance(locals.db, actor, params.id, params.sessionId, Object.fromEntries(data), locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { ticked: String(data.get('memberId')) };
	},
	update: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			const saved = await updateSession(locals.db, actor, params.id, params.sessionId, Object.fromEntries(data), locals.locale);
			return { saved: true, mailed: saved.mailed };
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
	},
	delete: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await deleteSession(locals.db, actor, params.id, params.sessionId, { confirm: data.get('confirm') }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		redirect(303, `/cohorts/${params.id}`);
	}
};
