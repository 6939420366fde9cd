import { handleOperation } from '$lib/server/api/handle-operation';
import { cancelPeerSignupOp, signUpPeerOfferOp } from '$lib/server/api/operations/peer-offers';
import { removePeerSignup, signUpPeerOffer } from '$lib/server/services/peer-network/peer-offers';
import { signupPerson } from '$lib/server/services/peer-network/peer-offer-views';

export const POST = handleOperation(signUpPeerOfferOp, async ({ db, actor, params, locale }) =>
	signUpPeerOffer(db, actor, { offer: params.id }, locale)
);

export const DELETE = handleOperation(cancelPeerSignupOp, async ({ db, actor, params, query, locale }) => {
	const person = await signupPerson(db, actor, query.person, locale);
	const result = await removePeerSignup(db, actor, { offer: params.id, person }, locale);
	return { ...result, person };
});
