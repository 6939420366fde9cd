/**
 * Cancels a planned peer session, which releases its reservation (reservations are the
 * planned sessions themselves). Cancelling a cancelled session is fine; a completed one
 * cannot be cancelled (409): its points moved, and only a correction moves them back.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peerSessions } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { decideCancel } from '../../../domain/peer-ledger/sessions.ts';
import { lockPersonAccounts } from './ledger-accounts.ts';
import { withLedgerErrors } from './ledger-errors.ts';
import { loadPeerSession } from './load-peer-session.ts';
import { ledgerAuthor } from './ledger-author.ts';
import { requestsFollowSession } from './follow-session.ts';

export async function cancelPeerSession(
	db: Db,
	actor: Actor,
	sessionId: string,
	now: Date = new Date()
): Promise<{ id: string; status: 'cancelled' }> {
	authorize(actor, 'peerLedger.cancel');
	return withLedgerErrors(() =>
		db.transaction(async (tx) => {
			const session = await loadPeerSession(tx, sessionId, true);
			if (decideCancel(session).action === 'none')
				return { id: session.id, status: 'cancelled' as const };
			// Reservations change: hold the receivers' rows like every other writer does.
			const author = ledgerAuthor(actor);
			await lockPersonAccounts(tx, session.receivers, now, author);
			await tx
				.update(peerSessions)
				.set({ status: 'cancelled', cancelledAt: now, cancelledBy: author.userId, cancelledByLabel: author.label })
				.where(eq(peerSessions.id, session.id));
			await requestsFollowSession(tx, session.id, 'cancelled', now);
			await recordAudit(tx, actor, {
				action: 'peerLedger.cancel',
				subjectType: 'peer_session',
				subjectId: session.id,
				before: { status: session.status },
				after: { status: 'cancelled' }
			});
			return { id: session.id, status: 'cancelled' as const };
		})
	);
}
