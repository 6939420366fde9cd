/**
 * The peer-learning ledger (issue PL, docs/decisions/030-peer-ledger.md): one account per
 * person in the network plus the Factory's own, peer sessions with their receivers, and
 * append-only ledger entries. Balances and reservations are never stored: they are sums
 * over entries and planned sessions, read while the person's account row is locked.
 */
import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { people } from './people.ts';

/** The Factory's account has this fixed id, so every transaction can find it without a lookup. */
export const FACTORY_ACCOUNT_ID = '00000000-0000-0000-0000-00000000f4c7';

/**
 * The row every writer locks (`SELECT … FOR UPDATE`, in id order) before it changes the
 * person's balance or reservations: that lock is what keeps the floor under concurrency.
 */
export const ledgerAccounts = pgTable(
	'ledger_accounts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Null only for the Factory account. */
		personId: uuid('person_id').references(() => people.id),
		kind: text('kind').notNull(),
		openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('ledger_accounts_person_key').on(t.personId),
		check('ledger_accounts_kind_check', sql`${t.kind} in ('person','factory')`),
		check(
			'ledger_accounts_person_check',
			sql`(${t.kind} = 'person') = (${t.personId} is not null)`
		)
	]
);

export const peerSessions = pgTable(
	'peer_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		giverId: uuid('giver_id')
			.notNull()
			.references(() => people.id),
		topic: text('topic').notNull(),
		scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
		status: text('status').notNull().default('planned'),
		/** Points each receiver pays: the rules in force when the session was planned. */
		cost: integer('cost').notNull(),
		/** The floor it was planned against, for verify and for history. */
		floor: integer('floor').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		/** Who planned, completed, cancelled it (as the audit log names them; kept if the user goes). */
		createdByLabel: text('created_by_label'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
		completedByLabel: text('completed_by_label'),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
		cancelledByLabel: text('cancelled_by_label')
	},
	(t) => [
		index('peer_sessions_giver_idx').on(t.giverId),
		check('peer_sessions_status_check', sql`${t.status} in ('planned','completed','cancelled')`),
		check('peer_sessions_cost_check', sql`${t.cost} > 0`),
		check('peer_sessions_floor_check', sql`${t.floor} <= 0`)
	]
);

export const peerSessionReceivers = pgTable(
	'peer_session_receivers',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => peerSessions.id),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		/** Order in the request: the floor error names the first receiver without room. */
		position: integer('position').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.sessionId, t.personId] }),
		index('peer_session_receivers_person_idx').on(t.personId)
	]
);

/**
 * Append-only: never updated or deleted. A session's entries are unique per account, so
 * even a buggy second completion could not book a session twice.
 */
export const ledgerEntries = pgTable(
	'ledger_entries',
	{
		/** Booking order: verify replays entries by id. */
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => ledgerAccounts.id),
		sessionId: uuid('session_id').references(() => peerSessions.id),
		points: integer('points').notNull(),
		kind: text('kind').notNull(),
		reason: text('reason'),
		/**
		 * Who booked the entry: the staff member who made a correction, the person who
		 * completed the session, the one whose action opened the account (null from the CLI).
		 */
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** Who booked it, as the audit log names them; kept if the user goes (required for corrections). */
		authorLabel: text('author_label'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('ledger_entries_account_idx').on(t.accountId, t.id),
		uniqueIndex('ledger_entries_session_account_key').on(t.sessionId, t.accountId),
		check('ledger_entries_points_check', sql`${t.points} <> 0`),
		check('ledger_entries_kind_check', sql`${t.kind} in ('session','correction','opening')`),
		check(
			'ledger_entries_session_check',
			sql`(${t.kind} = 'session') = (${t.sessionId} is not null)`
		),
		check(
			'ledger_entries_correction_check',
			sql`${t.kind} <> 'correction' or (length(trim(${t.reason})) > 0 and ${t.authorLabel} is not null)`
		)
	]
);
