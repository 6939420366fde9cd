/** Reads one peer session as the domain sees it, optionally locking its row. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peerSessionReceivers, peerSessions } from '../../db/schema/peer-ledger.ts';
import { notFound } from '../../errors.ts';
import type { PeerSession } from '../../../domain/peer-ledger/model.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session with its receivers in request order; 404 when unknown. With `forUpdate`,
 * the session row stays locked until the transaction ends: completing and cancelling
 * lock it first, so they are serialised per session.
 */
export async function loadPeerSession(tx: Db, id: string, forUpdate = false): Promise<PeerSession> {
	if (!UUID.test(id)) throw notFound('Peer session');
	const query = tx.select().from(peerSessions).where(eq(peerSessions.id, id));
	const [row] = forUpdate ? await query.for('update') : await query;
	if (!row) throw notFound('Peer session');
	const receivers = await tx
		.select({ personId: peerSessionReceivers.personId })
		.from(peerSessionReceivers)
		.where(eq(peerSessionReceivers.sessionId, id))
		.orderBy(asc(peerSessionReceivers.position));
	return {
		id: row.id,
		giver: row.giverId,
		receivers: receivers.map((r) => r.personId),
		status: row.status as PeerSession['status'],
		cost: row.cost,
		floor: row.floor
	};
}
