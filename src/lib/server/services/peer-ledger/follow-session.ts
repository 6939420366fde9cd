/**
 * The network's records follow their ledger session in the same transaction, whoever
 * completed or cancelled it (a participant's confirmation, staff on a page, or the
 * contract's `POST /api/v1/peer-sessions/{id}/complete|cancel`): a planned request
 * becomes completed or cancelled; a planned group offer whose session is cancelled is
 * cancelled too (an offer has no completed state: its session says so).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peerOffers, peerRequests } from '../../db/schema/peer-network.ts';

export async function requestsFollowSession(
	tx: Db,
	sessionId: string,
	status: 'completed' | 'cancelled',
	now: Date
): Promise<void> {
	await tx
		.update(peerRequests)
		.set({ status, updatedAt: now })
		.where(and(eq(peerRequests.sessionId, sessionId), eq(peerRequests.status, 'planned')));
	if (status === 'cancelled') {
		await tx
			.update(peerOffers)
			.set({ status: 'cancelled' })
			.where(and(eq(peerOffers.sessionId, sessionId), eq(peerOffers.status, 'planned')));
	}
}
