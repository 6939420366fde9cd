import { handleOperation } from '$lib/server/api/handle-operation';
import { planPeerOfferOp } from '$lib/server/api/operations/peer-offers';
import { planPeerOffer } from '$lib/server/services/peer-network/peer-offers';

export const POST = handleOperation(planPeerOfferOp, async ({ db, actor, params, locale }) =>
	planPeerOffer(db, actor, { offer: params.id }, locale)
);
