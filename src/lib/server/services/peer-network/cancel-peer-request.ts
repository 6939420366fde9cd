/**
 * The receiver (or staff) calls a request off before it took place. A planned request's
 * ledger session is cancelled too, which releases the reserved points; the giver is told.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import { peerSessions } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { forbidden } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PeerDeclineSchema } from '../../../schemas/peer-network.ts';
import { cancelPeerSession } from '../peer-ledger/cancel-peer-session.ts';
import { ensureMemberPerson } from './member-person.ts';
import { ledgerActor } from './ledger-bridge.ts';
import { contactsOf, lockRequest, mailPerson, moveOrThrow } from './peer-records.ts';

export async function cancelPeerRequest(
	db: Db,
	actor: Actor,
	input: { request: string; reason?: string },
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerDeclineSchema, input, locale);
	const staff = isStaff(actor);
	const me = staff ? null : await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		// Lock order session → request, the order completing and cancelling in the ledger use
		// (they move the request after locking the session): otherwise the two deadlock.
		const [planned] = await tx
			.select({ session: peerRequests.sessionId })
			.from(peerRequests)
			.where(eq(peerRequests.id, data.request));
		if (planned?.session) {
			await tx.select({ id: peerSessions.id }).from(peerSessions).where(eq(peerSessions.id, planned.session)).for('update');
		}
		const row = await lockRequest(tx, data.request);
		if (me && me.id !== row.receiverId) throw forbidden('Only the person who asked (or staff) cancels a request');
		const status = moveOrThrow(row, 'cancel');
		if (row.sessionId) await cancelPeerSession(tx, ledgerActor(actor), row.sessionId, now);
		await tx.update(peerRequests).set({ status, updatedAt: now }).where(eq(peerRequests.id, row.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.cancel',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status },
			after: { status, reason: data.reason }
		});
		if (row.giverId) {
			const contacts = await contactsOf(tx, [row.giverId, row.receiverId]);
			await mailPerson(tx, contacts.get(row.giverId), 'peerNetwork.cancelled', 'peerNetwork.mailCancelledSubject', 'peerNetwork.mailCancelledBody', () => ({
				receiver: contacts.get(row.receiverId)?.displayName ?? '',
				question: row.question,
				reason: data.reason
			}));
		}
		return { id: row.id, status };
	});
}
