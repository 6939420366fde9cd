/** Read side of the ledger: a person's balance summary, their entries, the Factory's balance. */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { FACTORY_ACCOUNT_ID, ledgerAccounts, ledgerEntries, peerSessions } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import { rowsOf } from '../security/rate-limit.ts';
import type { BalanceSummary } from '../../../domain/peer-ledger/balance.ts';
import { assertPeopleExist } from './ledger-accounts.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 404 for an id that is not a person (also for an id that is not even a UUID). */
async function assertPerson(db: Db, personId: string): Promise<void> {
	if (!UUID.test(personId)) throw notFound(`Person ${personId}`);
	await assertPeopleExist(db, [personId]);
}

/**
 * The summary the contract defines: balance = all entries; reserved = costs of planned
 * sessions received; available = balance − reserved; given / received = session points
 * earned / paid, both positive. One statement, so the numbers agree with each other.
 */
export async function getPersonBalance(
	db: Db,
	actor: Actor,
	personId: string
): Promise<BalanceSummary> {
	authorize(actor, 'peerLedger.read');
	await assertPerson(db, personId);
	const [row] = rowsOf<{ balance: number; reserved: number; given: number; received: number }>(
		await db.execute(sql`
			select
				coalesce((select sum(e.points) from ledger_entries e join ledger_accounts a on a.id = e.account_id
					where a.person_id = ${personId}), 0)::int as balance,
				coalesce((select sum(e.points) from ledger_entries e join ledger_accounts a on a.id = e.account_id
					where a.person_id = ${personId} and e.kind = 'session' and e.points > 0), 0)::int as given,
				coalesce((select -sum(e.points) from ledger_entries e join ledger_accounts a on a.id = e.account_id
					where a.person_id = ${personId} and e.kind = 'session' and e.points < 0), 0)::int as received,
				coalesce((select sum(s.cost) from peer_session_receivers r join peer_sessions s on s.id = r.session_id
					where r.person_id = ${personId} and s.status = 'planned'), 0)::int as reserved`)
	);
	const balance = Number(row.balance);
	const reserved = Number(row.reserved);
	return {
		balance,
		reserved,
		available: balance - reserved,
		given: Number(row.given),
		received: Number(row.received)
	};
}

export interface LedgerEntryView {
	id: string;
	session: string | null;
	person: string;
	points: number;
	kind: 'session' | 'correction' | 'opening';
	reason: string | null;
	createdAt: string;
	/** Beyond the contract: who booked it (corrected, completed the session, opened the account). */
	author: string | null;
	/** Beyond the contract: for a session entry, who planned the session. */
	plannedBy: string | null;
}

/** All of the person's entries, newest first. */
export async function listPersonEntries(
	db: Db,
	actor: Actor,
	personId: string
): Promise<LedgerEntryView[]> {
	authorize(actor, 'peerLedger.read');
	await assertPerson(db, personId);
	const rows = await db
		.select({
			id: ledgerEntries.id,
			session: ledgerEntries.sessionId,
			person: ledgerAccounts.personId,
			points: ledgerEntries.points,
			kind: ledgerEntries.kind,
			reason: ledgerEntries.reason,
			createdAt: ledgerEntries.createdAt,
			author: ledgerEntries.authorLabel,
			plannedBy: peerSessions.createdByLabel
		})
		.from(ledgerEntries)
		.innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
		.leftJoin(peerSessions, eq(peerSessions.id, ledgerEntries.sessionId))
		.where(eq(ledgerAccounts.personId, personId))
		.orderBy(desc(ledgerEntries.id));
	return rows.map((row) => ({
		id: String(row.id),
		session: row.session,
		person: row.person!,
		points: row.points,
		kind: row.kind as LedgerEntryView['kind'],
		reason: row.reason,
		createdAt: row.createdAt.toISOString(),
		author: row.author,
		plannedBy: row.plannedBy
	}));
}

/** The Factory account's balance: minus everything it credited through corrections and opening credits. */
export async function getFactoryBalance(db: Db, actor: Actor): Promise<{ balance: number }> {
	authorize(actor, 'peerLedger.read');
	const [row] = rowsOf<{ balance: number }>(
		await db.execute(
			sql`select coalesce(sum(points), 0)::int as balance from ledger_entries where account_id = ${FACTORY_ACCOUNT_ID}`
		)
	);
	return { balance: Number(row.balance) };
}
