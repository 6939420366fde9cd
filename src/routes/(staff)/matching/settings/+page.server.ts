import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { previewWeights, readWeights, saveWeights } from '$lib/server/services/matching/match-settings';
import { MatchWeightsSchema } from '$lib/schemas/matching';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'matching.settings');
	const { weights, defaults } = await readWeights(locals.db, actor);
	const preview = await previewWeights(locals.db, actor, weights, url.searchParams.get('need') ?? undefined, locals.locale);
	return { weights, defaults, preview };
};

const WEIGHT_KEYS = Object.keys(MatchWeightsSchema.shape) as (keyof typeof MatchWeightsSchema.shape)[];

/** The form's numbers; empty fields take their defaults, anything else is checked by the schema. */
function weightsFrom(data: FormData) {
	const out: Record<string, number> = {};
	for (const key of WEIGHT_KEYS) {
		const raw = String(data.get(key) ?? '').trim().replace(',', '.');
		if (raw !== '') out[key] = Number(raw);
	}
	return out;
}

export const actions: Actions = {
	preview: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'matching.settings');
		const data = await request.formData();
		try {
			const preview = await previewWeights(locals.db, actor, weightsFrom(data), String(data.get('need') ?? '') || undefined, locals.locale);
			return { preview, values: Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])) };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	save: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'matching.settings');
		const data = await request.formData();
		try {
			await saveWeights(locals.db, actor, weightsFrom(data), locals.locale);
			return { saved: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
