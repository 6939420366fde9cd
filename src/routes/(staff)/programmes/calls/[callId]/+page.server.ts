import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { pageError } from '$lib/server/page-errors';
import { callState, readCall, updateCall } from '$lib/server/services/programmes/manage-programmes';
import { addReviewer, decideApplication, listReviewers, rankCall, removeReviewer } from '$lib/server/services/programmes/selection';
import { callFromForm, foldCallErrors } from '$lib/server/services/programmes/call-form';
import { brusselsLocalInput } from '$lib/server/services/events/event-form';
import { criteriaText, questionsText } from '$lib/domain/programmes/call-form';
import type { DecisionInput } from '$lib/schemas/programmes';
import { inviteReviewer, listReviewerInvitations, withdrawReviewerInvitation } from '$lib/server/services/programmes/reviewer-invitations';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'programmes.read');
	const { call, programme } = await pageError(() => readCall(locals.db, actor, params.callId));
	const [ranking, reviewers, invitations] = await Promise.all([
		rankCall(locals.db, actor, call.id),
		listReviewers(locals.db, actor, call.id),
		listReviewerInvitations(locals.db, actor, call.id)
	]);
	return {
		call,
		programme,
		state: callState(call),
		ranking: ranking.rows,
		reviewers,
		invitations,
		values: {
			title: call.title,
			description: call.description,
			opensAt: brusselsLocalInput(call.opensAt),
			closesAt: brusselsLocalInput(call.closesAt),
			blind: call.blind ? 'on' : '',
			questions: questionsText(call.questions),
			criteria: criteriaText(call.criteria)
		}
	};
};

export const actions: Actions = {
	update: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		try {
			await updateCall(locals.db, actor, params.callId, callFromForm(formObject(data), locals.locale), Number(data.get('version')), locals.locale);
		} catch (error) {
			return formFailure(foldCallErrors(error), data, locals.locale);
		}
		return { saved: true };
	},
	addReviewer: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		try {
			await addReviewer(locals.db, actor, params.callId, String(data.get('email') ?? ''), locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { reviewerAdded: true };
	},
	inviteJury: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		try {
			const result = await inviteReviewer(
				locals.db,
				actor,
				params.callId,
				{ name: String(data.get('name') ?? ''), email: String(data.get('email') ?? ''), language: String(data.get('language') ?? 'nl') as 'nl' },
				locals.locale
			);
			return { juryResult: result.status };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	withdrawJury: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		try {
			await withdrawReviewerInvitation(locals.db, actor, params.callId, String(data.get('invitedEmail') ?? ''));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { reviewerRemoved: true };
	},
	removeReviewer: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		try {
			await removeReviewer(locals.db, actor, params.callId, String(data.get('userId') ?? ''));
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { reviewerRemoved: true };
	},
	decide: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'programmes.manage');
		const data = await request.formData();
		const applicationId = String(data.get('applicationId') ?? '');
		if (!applicationId) return fail(400, { message: 'applicationId', errors: {}, values: {} });
		try {
			await decideApplication(locals.db, actor, applicationId, formObject(data) as unknown as DecisionInput, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		return { decided: applicationId };
	}
};
