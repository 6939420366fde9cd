import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { readReviewMeeting } from '$lib/server/services/review/read-review-meeting';
import { saveReviewAdvice } from '$lib/server/services/review/save-review-advice';
import { addReviewAction, staffOptions } from '$lib/server/services/review/review-actions';
import { closeReviewMeeting } from '$lib/server/services/review/close-review-meeting';
import { readCase } from '$lib/server/services/engagements/read-case';
import { introductionCandidates } from '$lib/server/services/introductions/introduction-candidates';
import { proposeIntroduction } from '$lib/server/services/introductions/propose-introduction';
import { caseFailure } from '$lib/server/services/intake/case-form';
import { pageError } from '$lib/server/page-errors';
import { casePanel } from '$lib/server/services/matching/suggest-for-need';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'review.run');
	const view = await pageError(() => readReviewMeeting(locals.db, actor, params.id));
	const asked = Number(url.searchParams.get('item'));
	const firstPending = view.items.find((i) => i.status === 'pending') ?? view.items[0];
	const current = view.items.find((i) => i.position === asked) ?? firstPending;
	const detail = current ? await readCase(locals.db, actor, current.engagementId) : null;
	return {
		view,
		current: current ?? null,
		detail,
		staff: await staffOptions(locals.db),
		candidates: detail ? await introductionCandidates(locals.db, actor, detail.person.id) : [],
		// Who could help with this case's open needs: the same suggestions as on the case page.
		matching: current ? await casePanel(locals.db, actor, current.engagementId, locals.locale) : null,
		me: actor.userId
	};
};

const str = (data: FormData, key: string) => String(data.get(key) ?? '').trim();

export const actions: Actions = {
	advice: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		try {
			await saveReviewAdvice(locals.db, actor, { itemId: str(data, 'itemId'), version: Number(str(data, 'version')), advice: str(data, 'advice') }, locals.locale);
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
		const next = str(data, 'next');
		redirect(303, next ? `/review/${params.id}?item=${next}` : `/review/${params.id}?item=${str(data, 'position')}`);
	},
	action: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		try {
			await addReviewAction(locals.db, actor, {
				itemId: str(data, 'itemId'),
				description: str(data, 'description'),
				ownerUserId: str(data, 'ownerUserId'),
				dueOn: str(data, 'dueOn') || undefined
			}, locals.locale);
			return { done: 'action' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	introduce: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'introductions.manage');
		const data = await request.formData();
		try {
			await proposeIntroduction(locals.db, actor, {
				innovator: str(data, 'innovator'),
				person: str(data, 'person'),
				need: str(data, 'need') || undefined,
				note: str(data, 'note'),
				send: data.get('send') === 'on',
				reviewItem: str(data, 'itemId')
			}, locals.locale);
			return { done: 'introduce' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	close: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		try {
			await closeReviewMeeting(locals.db, actor, { meetingId: params.id });
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
		redirect(303, `/review/${params.id}/minutes`);
	}
};
