import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { formFailure, formObject } from '$lib/server/forms';
import { loadPeerHome } from '$lib/server/services/peer-network/peer-views';
import { suggestPeerGivers } from '$lib/server/services/peer-network/suggest-peer-givers';
import { createPeerRequest } from '$lib/server/services/peer-network/create-peer-request';
import {
	acceptPeerRequest,
	assignPeerGiver,
	declinePeerRequest
} from '$lib/server/services/peer-network/respond-peer-request';
import { choosePeerSlot } from '$lib/server/services/peer-network/plan-peer-request';
import { cancelPeerRequest } from '$lib/server/services/peer-network/cancel-peer-request';
import { askOtherPeerTimes } from '$lib/server/services/peer-network/other-times-peer-request';
import {
	cancelPeerOffer,
	createPeerOffer,
	planPeerOffer,
	removePeerSignup,
	signUpPeerOffer
} from '$lib/server/services/peer-network/peer-offers';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'peerNetwork.participate');
	const home = await loadPeerHome(locals.db, actor, locals.locale);
	const category = url.searchParams.get('category') ?? '';
	const question = url.searchParams.get('question') ?? '';
	const suggestions = category
		? await suggestPeerGivers(locals.db, actor, { category, question }, locals.locale)
		: [];
	return { ...home, category, question, suggestions };
};

/** Runs a service with the form's fields; errors come back next to the fields. */
function action(
	run: (ctx: { locals: App.Locals; input: Record<string, string | string[]>; actor: ReturnType<typeof requireUser> }) => Promise<unknown>,
	done: string
): Actions[string] {
	return async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'peerNetwork.participate');
		const data = await request.formData();
		try {
			await run({ locals, input: formObject(data), actor });
			return { done, id: String(data.get('request') ?? data.get('offer') ?? '') };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	};
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : (v ?? ''));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export const actions: Actions = {
	ask: action(
		({ locals, input, actor }) =>
			createPeerRequest(
				locals.db,
				actor,
				{ category: one(input.category), question: one(input.question), business: one(input.business), giver: one(input.giver) || undefined },
				locals.locale
			),
		'asked'
	),
	accept: action(
		({ locals, input, actor }) =>
			acceptPeerRequest(locals.db, actor, { request: one(input.request), slots: many(input.slots) }, locals.locale),
		'accepted'
	),
	decline: action(
		({ locals, input, actor }) =>
			declinePeerRequest(locals.db, actor, { request: one(input.request), reason: one(input.reason) }, locals.locale),
		'declined'
	),
	choose: action(
		({ locals, input, actor }) =>
			choosePeerSlot(locals.db, actor, { request: one(input.request), slot: one(input.slot) }, locals.locale),
		'planned'
	),
	otherTimes: action(
		({ locals, input, actor }) =>
			askOtherPeerTimes(locals.db, actor, { request: one(input.request), message: one(input.message) }, locals.locale),
		'otherTimes'
	),
	cancel: action(
		({ locals, input, actor }) =>
			cancelPeerRequest(locals.db, actor, { request: one(input.request), reason: one(input.reason) }, locals.locale),
		'cancelled'
	),
	volunteer: action(
		({ locals, input, actor }) =>
			assignPeerGiver(locals.db, actor, { request: one(input.request), giver: one(input.giver) }, locals.locale),
		'volunteered'
	),
	offer: action(
		({ locals, input, actor }) =>
			createPeerOffer(
				locals.db,
				actor,
				{
					category: one(input.category),
					topic: one(input.topic),
					description: one(input.description),
					startsAt: one(input.startsAt),
					capacity: one(input.capacity)
				},
				locals.locale
			),
		'offered'
	),
	signUp: action(({ locals, input, actor }) => signUpPeerOffer(locals.db, actor, { offer: one(input.offer) }, locals.locale), 'signedUp'),
	signOff: action(
		({ locals, input, actor }) =>
			removePeerSignup(locals.db, actor, { offer: one(input.offer), person: one(input.person) }, locals.locale),
		'signedOff'
	),
	planOffer: action(({ locals, input, actor }) => planPeerOffer(locals.db, actor, { offer: one(input.offer) }, locals.locale), 'offerPlanned'),
	cancelOffer: action(({ locals, input, actor }) => cancelPeerOffer(locals.db, actor, { offer: one(input.offer) }, locals.locale), 'offerCancelled')
};
