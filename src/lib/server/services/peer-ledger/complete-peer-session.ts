/**
 * Completes a peer session: turns its reservation into ledger entries. Idempotent: the
 * session row is locked first, so a second (or concurrent) completion finds it completed
 * and books nothing; the unique (session, account) index on entries backs that up.
 * Completing does not depend on the session's date: staff record sessions afterwards.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { FACTORY_ACCOUNT_ID, ledgerEntries, peerSessions } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { decideComplete } from '../../../domain/peer-ledger/sessions.ts';
import { FACTORY_ACCOUNT } from '../../../domain/peer-ledger/model.ts';
import { lockPersonAccounts } from './ledger-accounts.ts';
import { withLedgerErrors } from './ledger-errors.ts';
import { loadPeerSession } from './load-peer-session.ts';
import { ledgerAuthor } from './ledger-author.ts';
import { requestsFollowSession } from './follow-session.ts';

export async function completePeerSession(
	db: Db,
	actor: Actor,
	sessionId: string,
	now: Date = new Date()
): Promise<{ id: string; status: 'completed' }> {
	authorize(actor, 'peerLedger.complete');
	return withLedgerErrors(() =>
		db.transaction(async (tx) => {
			const session = await loadPeerSession(tx, sessionId, true);
			const decision = decideComplete(session);
			if (decision.action === 'none') return { id: session.id, status: 'completed' as const };
			// Balances change: hold the parties' account rows like every other writer does.
			const author = ledgerAuthor(actor);
			const accountOf = await lockPersonAccounts(tx, [session.giver, ...session.receivers], now, author);
			await tx.insert(ledgerEntries).values(
				decision.entries.map((draft) => ({
					accountId:
						draft.account === FACTORY_ACCOUNT ? FACTORY_ACCOUNT_ID : accountOf.get(draft.account)!,
					sessionId: session.id,
					points: draft.points,
					kind: draft.kind,
					authorId: author.userId,
					authorLabel: author.label
				}))
			);
			await tx
				.update(peerSessions)
				.set({ status: 'completed', completedAt: now, completedBy: author.userId, completedByLabel: author.label })
				.where(eq(peerSessions.id, session.id));
			await requestsFollowSession(tx, session.id, 'completed', now);
			await recordAudit(tx, actor, {
				action: 'peerLedger.complete',
				subjectType: 'peer_session',
				subjectId: session.id,
				before: { status: session.status },
				after: { status: 'completed', entries: decision.entries }
			});
			return { id: session.id, status: 'completed' as const };
		})
	);
}
