/**
 * The people's side of the peer-learning network (issue PL, docs/decisions/090-peer-network.md):
 * requests for a session on a need, the slots a giver proposes, group-session offers and
 * their sign-ups, confirmations that a session took place, staff preparation notes and
 * feedback. Points never live here: they move only through the ledger's services
 * (planPeerSession / completePeerSession / cancelPeerSession).
 */
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { people } from './people.ts';
import { peerSessions } from './peer-ledger.ts';

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A member asks for help on a need. Status: open (staff look for a giver) → asked (a giver
 * is asked) → accepted (slots proposed) | declined → planned (a ledger session exists) →
 * completed | cancelled.
 */
export const peerRequests = pgTable(
	'peer_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		receiverId: uuid('receiver_id')
			.notNull()
			.references(() => people.id),
		giverId: uuid('giver_id').references(() => people.id),
		/** Taxonomy key of the needed skill (kind 'category'). */
		category: text('category').notNull(),
		question: text('question').notNull(),
		business: text('business').notNull().default(''),
		status: text('status').notNull().default('open'),
		declineReason: text('decline_reason'),
		sessionId: uuid('session_id').references(() => peerSessions.id),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt,
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('peer_requests_receiver_idx').on(t.receiverId),
		index('peer_requests_giver_idx').on(t.giverId),
		index('peer_requests_status_idx').on(t.status),
		check(
			'peer_requests_status_check',
			sql`${t.status} in ('open','asked','accepted','declined','planned','completed','cancelled')`
		)
	]
);

/** Dates the giver proposes when accepting; the receiver picks one (then it is planned). */
export const peerRequestSlots = pgTable(
	'peer_request_slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => peerRequests.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		chosenAt: timestamp('chosen_at', { withTimezone: true }),
		createdAt
	},
	(t) => [index('peer_request_slots_request_idx').on(t.requestId)]
);

/** A giver offers a group session on a skill; receivers sign up until it is planned. */
export const peerOffers = pgTable(
	'peer_offers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		giverId: uuid('giver_id')
			.notNull()
			.references(() => people.id),
		category: text('category').notNull(),
		topic: text('topic').notNull(),
		description: text('description').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		capacity: integer('capacity').notNull(),
		status: text('status').notNull().default('open'),
		sessionId: uuid('session_id').references(() => peerSessions.id),
		createdAt
	},
	(t) => [
		index('peer_offers_status_idx').on(t.status),
		check('peer_offers_status_check', sql`${t.status} in ('open','planned','cancelled')`),
		check('peer_offers_capacity_check', sql`${t.capacity} between 1 and 50`)
	]
);

export const peerOfferSignups = pgTable(
	'peer_offer_signups',
	{
		offerId: uuid('offer_id')
			.notNull()
			.references(() => peerOffers.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		createdAt
	},
	(t) => [primaryKey({ columns: [t.offerId, t.personId] })]
);

/** "It took place": one row per participant; when all have confirmed, points move. */
export const peerConfirmations = pgTable(
	'peer_confirmations',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => peerSessions.id),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		createdAt
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.personId] })]
);

/** Staff help the giver prepare: the receiver's question, their business, methods. */
export const peerPreparationNotes = pgTable('peer_preparation_notes', {
	sessionId: uuid('session_id')
		.primaryKey()
		.references(() => peerSessions.id),
	question: text('question').notNull().default(''),
	business: text('business').notNull().default(''),
	methods: text('methods').notNull().default(''),
	authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Short feedback after a completed session, one per participant; feeds matching. */
export const peerFeedback = pgTable(
	'peer_feedback',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => peerSessions.id),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		rating: integer('rating').notNull(),
		comment: text('comment').notNull().default(''),
		createdAt
	},
	(t) => [
		primaryKey({ columns: [t.sessionId, t.personId] }),
		check('peer_feedback_rating_check', sql`${t.rating} between 1 and 5`)
	]
);
