import { handleOperation } from '$lib/server/api/handle-operation';
import { createPeerRequestOp } from '$lib/server/api/operations/peer-network';
import { createPeerRequest } from '$lib/server/services/peer-network/create-peer-request';
import { myPeerRequestsOp } from '$lib/server/api/operations/peer-network-reads';
import { myPeerRequestsAnswer } from '$lib/server/services/peer-network/peer-api-views';

export const GET = handleOperation(myPeerRequestsOp, async ({ db, actor, locale }) => myPeerRequestsAnswer(db, actor, locale));

export const POST = handleOperation(createPeerRequestOp, async ({ db, actor, body, locale }) => {
	const row = await createPeerRequest(db, actor, body, locale);
	return {
		id: row.id,
		status: row.status,
		receiver: row.receiverId,
		giver: row.giverId,
		category: row.category,
		question: row.question,
		session: row.sessionId
	};
});
