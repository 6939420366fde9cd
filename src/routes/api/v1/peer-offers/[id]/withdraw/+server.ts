import { handleOperation } from '$lib/server/api/handle-operation';
import { withdrawPeerOfferOp } from '$lib/server/api/operations/peer-offers';
import { cancelPeerOffer } from '$lib/server/services/peer-network/peer-offers';

export const POST = handleOperation(withdrawPeerOfferOp, async ({ db, actor, params, locale }) =>
	cancelPeerOffer(db, actor, { offer: params.id }, locale)
);
