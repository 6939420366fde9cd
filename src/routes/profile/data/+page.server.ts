import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure } from '$lib/server/forms';
import { getPerson, personOfUser, type PersonFull } from '$lib/server/services/people/get-person';
import { recordConsent } from '$lib/server/services/people/record-consent';

/** A signed-in user's own directory record: what we hold, their consents, their data export. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const mine = await personOfUser(locals.db, actor.userId);
	if (!mine) return { person: null };
	const person = (await getPerson(locals.db, actor, mine.id, locals.locale)) as Omit<PersonFull, 'staffNotes'>;
	return { person };
};

export const actions: Actions = {
	consent: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url);
		const data = await request.formData();
		const mine = await personOfUser(locals.db, actor.userId);
		if (!mine) return { consentSaved: false };
		try {
			// A person answers for themself, through their profile, today.
			await recordConsent(locals.db, actor, mine.id, { purpose: data.get('purpose'), granted: data.get('granted') === 'yes', source: 'profile' }, locals.locale);
		} catch (e) {
			return formFailure(e, data, locals.locale);
		}
		return { consentSaved: true };
	}
};
