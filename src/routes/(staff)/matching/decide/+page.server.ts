import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { acceptSuggestion, dismissSuggestion } from '$lib/server/services/matching/decide-suggestion';
import { setCapacity } from '$lib/server/services/matching/match-settings';
import type { DismissReason } from '$lib/domain/matching/types';
import { localPathOr } from '$lib/server/safe-redirect';

/**
 * Actions for the suggestion panels on case and person pages; they redirect back on
 * success. This page only shows up without JavaScript when a decision failed.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url, 'matching.read');
	return {};
};

const str = (data: FormData, key: string) => String(data.get(key) ?? '').trim();
/** Back to the page the form was on; only paths of this site. */
const back = (data: FormData) => {
	return localPathOr(str(data, 'returnTo'), '/matching/gaps');
};

export const actions: Actions = {
	accept: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'matching.decide');
		const data = await request.formData();
		try {
			await acceptSuggestion(locals.db, actor, str(data, 'needId'), { person: str(data, 'person'), note: str(data, 'note') }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, back(data));
	},
	dismiss: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'matching.decide');
		const data = await request.formData();
		try {
			await dismissSuggestion(
				locals.db,
				actor,
				str(data, 'needId'),
				{ person: str(data, 'person'), reason: str(data, 'reason') as DismissReason, note: str(data, 'note') },
				locals.locale
			);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, back(data));
	},
	capacity: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'matching.settings');
		const data = await request.formData();
		try {
			const raw = str(data, 'perMonth');
			await setCapacity(locals.db, actor, { person: str(data, 'person'), perMonth: raw === '' ? null : Number(raw) }, locals.locale);
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
		redirect(303, back(data));
	}
};
