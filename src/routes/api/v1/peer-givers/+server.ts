import { handleOperation } from '$lib/server/api/handle-operation';
import { suggestPeerGiversOp } from '$lib/server/api/operations/peer-network-reads';
import { suggestPeerGivers } from '$lib/server/services/peer-network/suggest-peer-givers';

export const GET = handleOperation(suggestPeerGiversOp, async ({ db, actor, query, locale }) => ({
	givers: await suggestPeerGivers(db, actor, { category: query.category, question: query.question }, locale)
}));
