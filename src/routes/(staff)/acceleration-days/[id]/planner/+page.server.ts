import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formValues } from '$lib/server/forms';
import { editDraft, getPlanner, undoDraftEdit } from '$lib/server/services/acceleration-day/planner';
import { solveDay } from '$lib/server/services/acceleration-day/solve-day';
import { publishDraft } from '$lib/server/services/acceleration-day/publish';
import { savePreferences } from '$lib/server/services/acceleration-day/preferences';
import type { PlannerEditInput } from '$lib/schemas/acceleration-day';
import { pageError } from '$lib/server/page-errors';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'accelerationDay.plan');
	return pageError(() => getPlanner(locals.db, actor, params.id, locals.locale));
};

const revisionOf = (v: Record<string, string>) => (v.revision ? Number(v.revision) : undefined);

function editOf(v: Record<string, string>): PlannerEditInput {
	const ref = { innovator: v.innovator ?? '', chancegiver: v.chancegiver ?? '' };
	if (v.kind === 'move') return { kind: 'move', ...ref, toInnovator: v.toInnovator ?? '', toSlot: v.toSlot as unknown as number };
	if (v.kind === 'swap') return { kind: 'swap', a: ref, b: { innovator: v.otherInnovator ?? '', chancegiver: v.otherChancegiver ?? '' } };
	return { kind: (v.kind ?? 'lock') as 'lock', ...ref };
}

export const actions: Actions = {
	solve: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.plan');
		const data = await request.formData();
		const v = formValues(data);
		try {
			const result = await solveDay(locals.db, actor, { dayId: params.id, timeLimitSeconds: v.timeLimitSeconds ? Number(v.timeLimitSeconds) : undefined }, locals.locale);
			return { solved: result };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	edit: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.plan');
		const data = await request.formData();
		const v = formValues(data);
		try {
			await editDraft(locals.db, actor, { dayId: params.id, edit: editOf(v), revision: revisionOf(v) }, locals.locale);
			return { edited: v.kind };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	undo: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.plan');
		const data = await request.formData();
		try {
			const { undone } = await undoDraftEdit(locals.db, actor, { dayId: params.id, revision: revisionOf(formValues(data)) }, locals.locale);
			return { undone };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	publish: async ({ request, locals, url, params }) => {
		const actor = requireUser(locals, url, 'accelerationDay.plan');
		const data = await request.formData();
		try {
			return { publishedVersion: await publishDraft(locals.db, actor, { dayId: params.id, revision: revisionOf(formValues(data)) }, locals.locale) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	preference: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'accelerationDay.plan');
		const data = await request.formData();
		const v = formValues(data);
		try {
			await savePreferences(locals.db, actor, { participantId: v.innovator ?? '', marks: [{ counterpartId: v.chancegiver ?? '', kind: (v.kind || 'none') as 'must' }] }, locals.locale);
			return { preferenceSaved: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
