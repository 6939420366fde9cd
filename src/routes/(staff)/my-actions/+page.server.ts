import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { can } from '$lib/server/auth/policy';
import { listMyActions, setReviewActionDone } from '$lib/server/services/review/review-actions';
import { digestFrequency, setDigestFrequency } from '$lib/server/services/digests/send-digests';
import { clockOverrideAllowed, runIntakeJobs } from '$lib/server/services/digests/run-intake-jobs';
import { brusselsLocalToDate } from '$lib/server/services/intake/case-form';
import { ValidationError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'review.run');
	return {
		...(await listMyActions(locals.db, actor, actor.userId)),
		frequency: await digestFrequency(locals.db, actor.userId),
		canMoveClock: can(actor, 'jobs.run') && clockOverrideAllowed()
	};
};

const str = (data: FormData, key: string) => String(data.get(key) ?? '').trim();

export const actions: Actions = {
	done: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		try {
			await setReviewActionDone(locals.db, actor, { actionId: str(data, 'actionId'), done: str(data, 'done') === 'true' });
			return { done: 'action' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	digest: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'review.run');
		const data = await request.formData();
		try {
			await setDigestFrequency(locals.db, actor, str(data, 'frequency') as 'daily');
			return { done: 'digest' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	run: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'jobs.run');
		const data = await request.formData();
		try {
			const at = brusselsLocalToDate(str(data, 'at'));
			if (!at) throw new ValidationError({ at: ['common.fieldRequired'] });
			const report = await runIntakeJobs(locals.db, actor, at, { web: true });
			return { done: 'run', report };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
