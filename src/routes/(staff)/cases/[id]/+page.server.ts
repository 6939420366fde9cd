import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { readCase } from '$lib/server/services/engagements/read-case';
import { planIntake } from '$lib/server/services/intake/plan-intake';
import { recordIntake } from '$lib/server/services/intake/record-intake';
import { changeEngagementState } from '$lib/server/services/engagements/change-engagement-state';
import { saveExitPlan } from '$lib/server/services/engagements/save-exit-plan';
import { saveCaseNote } from '$lib/server/services/engagements/save-case-note';
import { setNeedStatus } from '$lib/server/services/engagements/set-need-status';
import { taxonomyOptions } from '$lib/server/services/intake/taxonomy-options';
import { proposeIntroduction } from '$lib/server/services/introductions/propose-introduction';
import { sendIntroduction } from '$lib/server/services/introductions/send-introduction';
import { markIntroductionMet, recordIntroductionOutcome } from '$lib/server/services/introductions/record-introduction-outcome';
import { introductionCandidates } from '$lib/server/services/introductions/introduction-candidates';
import { casePanel } from '$lib/server/services/matching/suggest-for-need';
import { brusselsLocalToDate, caseFailure, recordIntakeFromForm } from '$lib/server/services/intake/case-form';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'intake.read');
	const view = await pageError(() => readCase(locals.db, actor, params.id));
	return {
		view,
		categories: await taxonomyOptions(locals.db, 'category', locals.locale),
		candidates: await introductionCandidates(locals.db, actor, view.person.id),
		matching: await casePanel(locals.db, actor, params.id, locals.locale)
	};
};

const str = (data: FormData, key: string) => String(data.get(key) ?? '').trim();

export const actions: Actions = {
	plan: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await planIntake(locals.db, actor, {
				engagementId: params.id,
				version: Number(str(data, 'version')),
				startsAt: brusselsLocalToDate(str(data, 'startsAt')) as Date,
				durationMinutes: Number(str(data, 'durationMinutes') || 60),
				location: str(data, 'location') || undefined,
				videoUrl: str(data, 'videoUrl') || undefined
			}, locals.locale);
			return { done: 'plan' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	record: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await recordIntake(locals.db, actor, recordIntakeFromForm(data, params.id), locals.locale);
			return { done: 'record' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	note: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await saveCaseNote(locals.db, actor, {
				engagementId: params.id,
				version: Number(str(data, 'version')),
				nextAction: str(data, 'nextAction'),
				contactAt: brusselsLocalToDate(str(data, 'contactAt'))
			}, locals.locale);
			return { done: 'note' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	state: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await changeEngagementState(locals.db, actor, {
				engagementId: params.id,
				version: Number(str(data, 'version')),
				event: str(data, 'event') as 'pause',
				reason: str(data, 'reason'),
				referredTo: str(data, 'referredTo')
			}, locals.locale);
			return { done: 'state' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	exit: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await saveExitPlan(locals.db, actor, {
				engagementId: params.id,
				version: Number(str(data, 'version')),
				conversationAt: brusselsLocalToDate(str(data, 'conversationAt')),
				continues: str(data, 'continues'),
				contacts: str(data, 'contacts'),
				alumni: data.get('alumni') === 'on',
				notes: str(data, 'notes')
			}, locals.locale);
			return { done: 'exit' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	need: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'intake.manage');
		const data = await request.formData();
		try {
			await setNeedStatus(locals.db, actor, { needId: str(data, 'needId'), status: str(data, 'status') as 'met' });
			return { done: 'need' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	introduce: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'introductions.manage');
		const data = await request.formData();
		try {
			const view = await readCase(locals.db, actor, params.id);
			await proposeIntroduction(locals.db, actor, {
				innovator: view.person.id,
				person: str(data, 'person'),
				need: str(data, 'need') || undefined,
				note: str(data, 'note'),
				send: data.get('send') === 'on'
			}, locals.locale);
			return { done: 'introduce' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	sendIntro: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'introductions.manage');
		const data = await request.formData();
		try {
			await sendIntroduction(locals.db, actor, { introductionId: str(data, 'introductionId') });
			return { done: 'sendIntro' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	met: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'introductions.manage');
		const data = await request.formData();
		try {
			await markIntroductionMet(locals.db, actor, { introductionId: str(data, 'introductionId'), version: Number(str(data, 'version')) });
			return { done: 'met' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	},
	outcome: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'introductions.manage');
		const data = await request.formData();
		try {
			await recordIntroductionOutcome(locals.db, actor, {
				introductionId: str(data, 'introductionId'),
				version: Number(str(data, 'version')),
				outcome: str(data, 'outcome') as 'advice',
				amountEuros: str(data, 'amountEuros') ? Number(str(data, 'amountEuros')) : undefined,
				note: str(data, 'outcomeNote')
			}, locals.locale);
			return { done: 'outcome' };
		} catch (error) {
			return caseFailure(error, data, locals.locale);
		}
	}
};
