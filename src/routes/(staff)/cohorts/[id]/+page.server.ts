import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { formFailure } from '$lib/server/forms';
import { readCohort } from '$lib/server/services/cohorts/read-cohorts';
import { addMember, linkMemberEngagement, setMemberStatus } from '$lib/server/services/cohorts/members';
import { admitAccepted, callsWithAccepted } from '$lib/server/services/cohorts/admit-accepted';
import { messageMembers } from '$lib/server/services/cohorts/member-mail';
import { addSession } from '$lib/server/services/cohorts/sessions';
import { searchPeople } from '$lib/server/services/people/search-people';
import { sessionKinds } from '$lib/domain/cohorts/progress';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'cohorts.read');
	const view = await pageError(() => readCohort(locals.db, actor, params.id, locals.locale));
	const q = (url.searchParams.get('q') ?? '').trim();
	const found = q ? (await searchPeople(locals.db, actor, { q, pageSize: 10 }, locals.locale)).items : null;
	const memberIds = new Set(view.members.map((m) => m.personId));
	return {
		...view,
		q,
		found: found?.map((p) => ({ id: p.id, displayName: p.displayName, email: p.email, member: memberIds.has(p.id) })) ?? null,
		sessionKinds,
		// Calls of this cohort's programme with accepted applicants (decision 076).
		calls: view.cohort.programmeId ? (await callsWithAccepted(locals.db, actor)).filter((c) => c.programmeId === view.cohort.programmeId) : [],
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	addMember: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await addMember(locals.db, actor, params.id, Object.fromEntries(data), locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { added: true };
	},
	status: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await setMemberStatus(locals.db, actor, params.id, String(data.get('memberId') ?? ''), { status: data.get('status') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { saved: true };
	},
	addSession: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await addSession(locals.db, actor, params.id, Object.fromEntries(data), locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { sessionAdded: true };
	},
	admit: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			const result = await admitAccepted(locals.db, actor, String(data.get('callId') ?? ''), { cohortId: params.id }, locals.locale);
			return { admitted: result };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	message: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			return { messaged: await messageMembers(locals.db, actor, params.id, Object.fromEntries(data), locals.locale) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	linkEngagement: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'cohorts.manage');
		const data = await request.formData();
		try {
			await linkMemberEngagement(locals.db, actor, params.id, String(data.get('memberId') ?? ''), locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { linked: true };
	}
};
