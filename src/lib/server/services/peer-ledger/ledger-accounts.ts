/**
 * Account rows and positions. The invariant that makes the floor hold under concurrency:
 * every transaction that changes a person's balance or reservations first locks that
 * person's account row (`lockPersonAccounts`), and reads positions only afterwards, in a
 * new statement, so it sees everything committed by the previous lock holder.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { FACTORY_ACCOUNT_ID, ledgerAccounts, ledgerEntries } from '../../db/schema/peer-ledger.ts';
import { people } from '../../db/schema/people.ts';
import { notFound } from '../../errors.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { openingCreditEntries } from '../../../domain/peer-ledger/corrections.ts';
import { FACTORY_ACCOUNT, type AccountPosition } from '../../../domain/peer-ledger/model.ts';
import { ledgerRulesAt } from './ledger-rules.ts';
import type { LedgerAuthor } from './ledger-author.ts';

/** Throws 404 naming the first id that is not a person. */
export async function assertPeopleExist(db: Db, personIds: readonly string[]): Promise<void> {
	const found = await db
		.select({ id: people.id })
		.from(people)
		.where(inArray(people.id, [...personIds]));
	const known = new Set(found.map((row) => row.id));
	const missing = personIds.find((id) => !known.has(id));
	if (missing) throw notFound(`Person ${missing}`);
}

/**
 * Opens missing accounts (with the opening credit in force now, booked once: only the
 * transaction whose insert created the row books it), then locks the accounts of
 * `personIds` in id order, so two transactions never wait on each other in a circle.
 * Returns account id by person id. Call inside a transaction. An opening credit is booked
 * to `author`, the one whose action opened the account.
 */
export async function lockPersonAccounts(
	tx: Db,
	personIds: readonly string[],
	now: Date,
	author?: LedgerAuthor
): Promise<Map<string, string>> {
	const distinct = [...new Set(personIds)].sort();
	if (distinct.length === 0) return new Map();
	const opened = await tx
		.insert(ledgerAccounts)
		.values(distinct.map((personId) => ({ personId, kind: 'person' })))
		.onConflictDoNothing({ target: ledgerAccounts.personId })
		.returning({ id: ledgerAccounts.id, personId: ledgerAccounts.personId });
	if (opened.length > 0) {
		const rules = await ledgerRulesAt(tx, now);
		const drafts = opened.flatMap((row) => openingCreditEntries(row.personId!, rules));
		const accountIdOf = new Map(opened.map((row) => [row.personId!, row.id]));
		if (drafts.length > 0) {
			await tx.insert(ledgerEntries).values(
				drafts.map((draft) => ({
					accountId:
						draft.account === FACTORY_ACCOUNT
							? FACTORY_ACCOUNT_ID
							: accountIdOf.get(draft.account)!,
					points: draft.points,
					kind: draft.kind,
					authorId: author?.userId ?? null,
					authorLabel: author?.label ?? null
				}))
			);
		}
	}
	const locked = await tx
		.select({ id: ledgerAccounts.id, personId: ledgerAccounts.personId })
		.from(ledgerAccounts)
		.where(and(eq(ledgerAccounts.kind, 'person'), inArray(ledgerAccounts.personId, distinct)))
		.orderBy(ledgerAccounts.id)
		.for('update');
	return new Map(locked.map((row) => [row.personId!, row.id]));
}

/**
 * Balance (sum of entries) and reserved (costs of planned sessions received) per person,
 * read in one statement. Only meaningful for accounts the transaction holds locked.
 */
export async function readPositions(
	tx: Db,
	personIds: readonly string[]
): Promise<Map<string, AccountPosition>> {
	const positions = new Map<string, AccountPosition>();
	for (const id of personIds) positions.set(id, { balance: 0, reserved: 0 });
	if (personIds.length === 0) return positions;
	const ids = sql.join(
		[...new Set(personIds)].map((id) => sql`${id}::uuid`),
		sql`, `
	);
	const rows = rowsOf<{ person_id: string; balance: number; reserved: number }>(
		await tx.execute(sql`
			select p.person_id,
				coalesce((select sum(e.points) from ledger_entries e
					join ledger_accounts a on a.id = e.account_id
					where a.person_id = p.person_id), 0)::int as balance,
				coalesce((select sum(s.cost) from peer_session_receivers r
					join peer_sessions s on s.id = r.session_id
					where r.person_id = p.person_id and s.status = 'planned'), 0)::int as reserved
			from unnest(array[${ids}]) as p(person_id)`)
	);
	for (const row of rows) {
		positions.set(row.person_id, { balance: Number(row.balance), reserved: Number(row.reserved) });
	}
	return positions;
}
