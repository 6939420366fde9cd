import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { listLedgerEntries } from '$lib/server/services/peer-network/peer-staff-views';
import { recordLedgerCorrection } from '$lib/server/services/peer-ledger/record-ledger-correction';
import { addLedgerRulesVersion, describeLedgerRules } from '$lib/server/services/peer-ledger/ledger-rules';
import { getFactoryBalance } from '$lib/server/services/peer-ledger/read-ledger';
import { loadNetworkOverview } from '$lib/server/services/peer-network/peer-staff-views';

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'peerLedger.read');
	const person = url.searchParams.get('person') ?? '';
	return {
		person,
		entries: await listLedgerEntries(locals.db, actor, { person: UUID.test(person) ? person : undefined, limit: 500 }, locals.locale),
		rules: await describeLedgerRules(locals.db, actor),
		factory: await getFactoryBalance(locals.db, actor),
		people: (await loadNetworkOverview(locals.db, actor, locals.locale)).people
	};
};

/** A form number: empty stays empty (the schema then says "required"/uses its default). */
const num = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === '' ? undefined : Number(v));

export const actions: Actions = {
	correct: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'peerLedger.correct');
		const data = await request.formData();
		try {
			await recordLedgerCorrection(
				locals.db,
				actor,
				{ person: String(data.get('person') ?? ''), points: num(data.get('points')) as number, reason: String(data.get('reason') ?? '') },
				locals.locale
			);
			return { done: 'corrected' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	rules: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'peerLedger.rules');
		const data = await request.formData();
		try {
			await addLedgerRulesVersion(
				locals.db,
				actor,
				{
					pointsPerSession: num(data.get('pointsPerSession')),
					floor: num(data.get('floor')),
					openingCredit: num(data.get('openingCredit')),
					effectiveFrom: String(data.get('effectiveFrom') ?? '')
				},
				locals.locale
			);
			return { done: 'rules' };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
