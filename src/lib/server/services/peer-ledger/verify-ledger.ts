/**
 * Checks the ledger invariants from the database alone (what `sif ledger verify` runs):
 * loads every session and every entry in booking order and hands them to the domain's
 * verifyLedger. Read in one repeatable-read transaction so the picture is consistent.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
	ledgerAccounts,
	ledgerEntries,
	peerSessionReceivers,
	peerSessions
} from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import {
	FACTORY_ACCOUNT,
	type LedgerState,
	type PeerSession
} from '../../../domain/peer-ledger/model.ts';
import { verifyLedger, type LedgerViolation } from '../../../domain/peer-ledger/verify.ts';

export async function loadLedgerState(db: Db): Promise<LedgerState> {
	const sessionRows = await db.select().from(peerSessions);
	const receiverRows = await db
		.select()
		.from(peerSessionReceivers)
		.orderBy(asc(peerSessionReceivers.sessionId), asc(peerSessionReceivers.position));
	const receiversOf = new Map<string, string[]>();
	for (const row of receiverRows) {
		const list = receiversOf.get(row.sessionId) ?? [];
		list.push(row.personId);
		receiversOf.set(row.sessionId, list);
	}
	const sessions: PeerSession[] = sessionRows.map((row) => ({
		id: row.id,
		giver: row.giverId,
		receivers: receiversOf.get(row.id) ?? [],
		status: row.status as PeerSession['status'],
		cost: row.cost,
		floor: row.floor
	}));
	const entryRows = await db
		.select({
			id: ledgerEntries.id,
			session: ledgerEntries.sessionId,
			accountKind: ledgerAccounts.kind,
			person: ledgerAccounts.personId,
			points: ledgerEntries.points,
			kind: ledgerEntries.kind,
			reason: ledgerEntries.reason,
			authorLabel: ledgerEntries.authorLabel
		})
		.from(ledgerEntries)
		.innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
		.orderBy(asc(ledgerEntries.id));
	const entries = entryRows.map((row) => ({
		id: String(row.id),
		session: row.session,
		account: row.accountKind === 'factory' ? FACTORY_ACCOUNT : row.person!,
		points: row.points,
		kind: row.kind as LedgerState['entries'][number]['kind'],
		reason: row.reason,
		author: row.authorLabel
	}));
	return { sessions, entries };
}

export interface LedgerVerification {
	ok: boolean;
	sessions: number;
	entries: number;
	violations: LedgerViolation[];
}

export async function verifyStoredLedger(db: Db, actor: Actor): Promise<LedgerVerification> {
	authorize(actor, 'peerLedger.read');
	const state = await db.transaction(async (tx) => loadLedgerState(tx), {
		isolationLevel: 'repeatable read',
		accessMode: 'read only'
	});
	const violations = verifyLedger(state);
	return {
		ok: violations.length === 0,
		sessions: state.sessions.length,
		entries: state.entries.length,
		violations
	};
}
