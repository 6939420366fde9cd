import { handleOperation } from '$lib/server/api/handle-operation';
import { createPeerOfferOp, listPeerOffersOp } from '$lib/server/api/operations/peer-offers';
import { createPeerOffer } from '$lib/server/services/peer-network/peer-offers';
import { getPeerOffer, listPeerOffers } from '$lib/server/services/peer-network/peer-offer-views';

export const GET = handleOperation(listPeerOffersOp, async ({ db, actor, query, locale }) => ({
	offers: await listPeerOffers(db, actor, { status: query.status }, locale)
}));

export const POST = handleOperation(createPeerOfferOp, async ({ db, actor, body, locale }) => {
	const row = await createPeerOffer(db, actor, body, locale);
	return getPeerOffer(db, actor, row.id, locale);
});
