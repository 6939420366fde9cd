/**
 * Staff views of the network: every ledger entry with its session, reason and author;
 * the CSV for accountants; the network overview (who helped whom, most offered and most
 * asked skills, members stuck at the floor, members who give but never receive, requests
 * waiting for a giver).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { FACTORY_ACCOUNT_ID, ledgerAccounts, ledgerEntries, peerSessions } from '../../db/schema/peer-ledger.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { rowsOf } from '../security/rate-limit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { sessionsLeft } from '../../../domain/peer-network/room.ts';
import { layoutNetwork, type NetworkGraph } from '../../../domain/peer-network/network-graph.ts';
import { ledgerRulesAt } from '../peer-ledger/ledger-rules.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';

export interface LedgerRow {
	id: string;
	createdAt: Date;
	person: string | null;
	personName: string;
	points: number;
	kind: string;
	session: string | null;
	topic: string | null;
	reason: string | null;
	author: string | null;
	plannedBy: string | null;
}

/** Entries newest first (all, or of one person), at most `limit`. */
export async function listLedgerEntries(
	db: Db,
	actor: Actor,
	options: { person?: string; limit?: number; oldestFirst?: boolean } = {},
	locale: Locale = 'nl'
): Promise<LedgerRow[]> {
	authorize(actor, 'peerLedger.read');
	const rows = await db
		.select({
			id: ledgerEntries.id,
			createdAt: ledgerEntries.createdAt,
			accountId: ledgerEntries.accountId,
			person: ledgerAccounts.personId,
			personName: people.displayName,
			points: ledgerEntries.points,
			kind: ledgerEntries.kind,
			session: ledgerEntries.sessionId,
			topic: peerSessions.topic,
			reason: ledgerEntries.reason,
			author: ledgerEntries.authorLabel,
			plannedBy: peerSessions.createdByLabel
		})
		.from(ledgerEntries)
		.innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
		.leftJoin(people, eq(people.id, ledgerAccounts.personId))
		.leftJoin(peerSessions, eq(peerSessions.id, ledgerEntries.sessionId))
		.where(options.person ? eq(ledgerAccounts.personId, options.person) : undefined)
		.orderBy(options.oldestFirst ? asc(ledgerEntries.id) : desc(ledgerEntries.id))
		.limit(options.limit ?? 100_000);
	const factory = translate(locale, 'peerNetwork.factoryAccount');
	return rows.map((r) => ({
		id: String(r.id),
		createdAt: r.createdAt,
		person: r.person,
		personName: r.accountId === FACTORY_ACCOUNT_ID ? factory : (r.personName ?? ''),
		points: r.points,
		kind: r.kind,
		session: r.session,
		topic: r.topic,
		reason: r.reason,
		author: r.author,
		plannedBy: r.plannedBy
	}));
}

/** Every entry, oldest first, as CSV for the accountants (UTF-8 BOM, `;`). */
export async function ledgerCsv(db: Db, actor: Actor, locale: Locale = 'nl'): Promise<string> {
	const rows = await listLedgerEntries(db, actor, { oldestFirst: true }, locale);
	return writeCsv(
		['entry', 'booked_at', 'person_id', 'person', 'points', 'kind', 'session_id', 'session_topic', 'reason', 'author', 'planned_by'],
		rows.map((r) => [
			r.id,
			r.createdAt.toISOString(),
			r.person ?? 'factory',
			r.personName,
			String(r.points),
			r.kind,
			r.session ?? '',
			r.topic ?? '',
			r.reason ?? '',
			r.author ?? '',
			r.plannedBy ?? ''
		])
	);
}

export interface NetworkOverview {
	graph: NetworkGraph;
	offered: { skill: string; people: number }[];
	asked: { skill: string; requests: number }[];
	stuck: { id: string; name: string; available: number }[];
	giveOnly: { id: string; name: string; given: number }[];
	waiting: { id: string; receiver: string; receiverName: string; category: string; skill: string; question: string; status: string; createdAt: Date; candidates: { id: string; name: string }[] }[];
	people: { id: string; name: string }[];
	planned: { id: string; topic: string; scheduledAt: Date; giver: string }[];
}

export async function loadNetworkOverview(db: Db, actor: Actor, locale: Locale = 'nl', now: Date = new Date()): Promise<NetworkOverview> {
	authorize(actor, 'peerNetwork.manage');
	const labels = await categoryLabels(db);
	const pairs = rowsOf<{ giver: string; receiver: string; sessions: number }>(
		await db.execute(sql`
			select s.giver_id as giver, r.person_id as receiver, count(*)::int as sessions
			from peer_sessions s join peer_session_receivers r on r.session_id = s.id
			where s.status = 'completed'
			group by s.giver_id, r.person_id
			order by 3 desc, 1, 2
			limit 300`)
	).map((p) => ({ ...p, sessions: Number(p.sessions) }));
	const positions = rowsOf<{ id: string; name: string; balance: number; reserved: number; given: number; received: number }>(
		await db.execute(sql`
			select p.id, p.display_name as name,
				coalesce((select sum(e.points) from ledger_entries e where e.account_id = a.id), 0)::int as balance,
				coalesce((select sum(s.cost) from peer_session_receivers r join peer_sessions s on s.id = r.session_id
					where r.person_id = p.id and s.status = 'planned'), 0)::int as reserved,
				coalesce((select sum(e.points) from ledger_entries e where e.account_id = a.id and e.kind = 'session' and e.points > 0), 0)::int as given,
				coalesce((select -sum(e.points) from ledger_entries e where e.account_id = a.id and e.kind = 'session' and e.points < 0), 0)::int as received
			from ledger_accounts a join people p on p.id = a.person_id
			order by p.display_name`)
	);
	const names = new Map(positions.map((p) => [p.id, p.name]));
	const rules = await ledgerRulesAt(db, now);
	const offered = await db
		.select({ key: taxonomyTerms.key, n: sql<number>`count(distinct ${personTerms.personId})::int` })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.where(and(eq(personTerms.relation, 'offer'), eq(taxonomyTerms.kind, 'category')))
		.groupBy(taxonomyTerms.key)
		.orderBy(desc(sql`2`), asc(taxonomyTerms.key))
		.limit(10);
	const asked = await db
		.select({ key: peerRequests.category, n: sql<number>`count(*)::int` })
		.from(peerRequests)
		.groupBy(peerRequests.category)
		.orderBy(desc(sql`2`), asc(peerRequests.category))
		.limit(10);
	const waitingRows = await db
		.select({
			id: peerRequests.id,
			receiver: peerRequests.receiverId,
			receiverName: people.displayName,
			category: peerRequests.category,
			question: peerRequests.question,
			status: peerRequests.status,
			createdAt: peerRequests.createdAt
		})
		.from(peerRequests)
		.innerJoin(people, eq(people.id, peerRequests.receiverId))
		.where(inArray(peerRequests.status, ['open', 'declined']))
		.orderBy(asc(peerRequests.createdAt))
		.limit(200);
	const categories = [...new Set(waitingRows.map((w) => w.category))];
	const offering = categories.length
		? await db
				.select({ key: taxonomyTerms.key, id: people.id, name: people.displayName })
				.from(personTerms)
				.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
				.innerJoin(people, eq(people.id, personTerms.personId))
				.where(and(eq(personTerms.relation, 'offer'), eq(taxonomyTerms.kind, 'category'), inArray(taxonomyTerms.key, categories)))
		: [];
	const everyone = await db
		.select({ id: people.id, name: people.displayName })
		.from(people)
		.where(and(isNull(people.mergedIntoId), sql`${people.roles} && array['member','innovator']::text[]`))
		.orderBy(asc(people.displayName))
		.limit(1000);
	const planned = await db
		.select({ id: peerSessions.id, topic: peerSessions.topic, scheduledAt: peerSessions.scheduledAt, giver: people.displayName })
		.from(peerSessions)
		.innerJoin(people, eq(people.id, peerSessions.giverId))
		.where(eq(peerSessions.status, 'planned'))
		.orderBy(asc(peerSessions.scheduledAt))
		.limit(200);
	return {
		planned,
		graph: layoutNetwork(pairs, names),
		offered: offered.map((o) => ({ skill: categoryLabel(labels, o.key, locale), people: Number(o.n) })),
		asked: asked.map((a) => ({ skill: categoryLabel(labels, a.key, locale), requests: Number(a.n) })),
		stuck: positions
			.map((p) => ({ id: p.id, name: p.name, available: Number(p.balance) - Number(p.reserved) }))
			.filter((p) => sessionsLeft({ available: p.available, cost: rules.pointsPerSession, floor: rules.floor }) === 0),
		giveOnly: positions
			.filter((p) => Number(p.given) > 0 && Number(p.received) === 0)
			.map((p) => ({ id: p.id, name: p.name, given: Number(p.given) })),
		waiting: waitingRows.map((w) => ({
			...w,
			skill: categoryLabel(labels, w.category, locale),
			candidates: offering.filter((o) => o.key === w.category && o.id !== w.receiver).map((o) => ({ id: o.id, name: o.name }))
		})),
		people: everyone
	};
}
