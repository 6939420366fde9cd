import { handleOperation } from '$lib/server/api/handle-operation';
import { getPeerOfferOp } from '$lib/server/api/operations/peer-offers';
import { getPeerOffer } from '$lib/server/services/peer-network/peer-offer-views';

export const GET = handleOperation(getPeerOfferOp, async ({ db, actor, params, locale }) => getPeerOffer(db, actor, params.id, locale));
