/**
 * Intake and the innovator's journey (issue IN, docs/decisions/060-intake-journey.md):
 * initiatives, engagements with their state history, needs, intake meetings,
 * introductions with double opt-in, weekly review meetings with items and actions,
 * follow-up reminders and the notifications that digests gather.
 */
import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { organisations, people, taxonomyTerms } from './people.ts';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const createdAt = () => tz('created_at').notNull().defaultNow();
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });

/** An initiative: what one or more people (and maybe an organisation) work on. */
export const initiatives = pgTable(
	'initiatives',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		title: text('title').notNull(),
		societalNeed: text('societal_need').notNull().default(''),
		targetGroup: text('target_group').notNull().default(''),
		/** Taxonomy theme keys (or the words given when the taxonomy did not know them). */
		themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
		/** idea | pilot | scaling */
		stage: text('stage').notNull(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		/** The organisation's name as given on the form, before staff link a record. */
		organisationName: text('organisation_name'),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [check('initiatives_stage_check', sql`${t.stage} in ('idea','pilot','scaling')`)]
);

export const initiativePeople = pgTable(
	'initiative_people',
	{
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.personId] }), index('initiative_people_person_idx').on(t.personId)]
);

/**
 * One journey of a person with an initiative: the support request is its first state.
 * States and their moves live in src/lib/domain/intake/engagement-state.ts.
 */
export const engagements = pgTable(
	'engagements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id),
		state: text('state').notNull().default('requested'),
		/** public | staff | api */
		source: text('source').notNull(),
		/** What the person wrote about what they need, in their words. */
		requestMessage: text('request_message'),
		ownerUserId: userRef('owner_user_id'),
		requestedAt: tz('requested_at').notNull().defaultNow(),
		startedAt: tz('started_at'),
		plannedEndAt: tz('planned_end_at'),
		exitedAt: tz('exited_at'),
		/** taken_on | referred | not_now */
		outcome: text('outcome'),
		outcomeReason: text('outcome_reason'),
		referredTo: text('referred_to'),
		/** The exit conversation: {at, continues, contacts, alumni, notes}. */
		exitPlan: jsonb('exit_plan'),
		lastContactAt: tz('last_contact_at'),
		nextAction: text('next_action'),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		index('engagements_state_idx').on(t.state),
		index('engagements_person_idx').on(t.personId),
		check(
			'engagements_state_check',
			sql`${t.state} in ('requested','intake_planned','active','paused','referred_out','exited')`
		)
	]
);

/** Every state change: who, when, why. Append-only. */
export const engagementTransitions = pgTable(
	'engagement_transitions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		fromState: text('from_state'),
		toState: text('to_state').notNull(),
		reason: text('reason'),
		actorId: userRef('actor_id'),
		actorLabel: text('actor_label').notNull(),
		at: tz('at').notNull().defaultNow()
	},
	(t) => [index('engagement_transitions_engagement_idx').on(t.engagementId, t.at)]
);

/** A need with a stable id (matchmaking serves suggestions per need id). */
export const needs = pgTable(
	'needs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		/** Taxonomy category key, or the word given when the taxonomy did not know it. */
		category: text('category').notNull(),
		termId: uuid('term_id').references(() => taxonomyTerms.id, { onDelete: 'set null' }),
		text: text('text').notNull().default(''),
		/** open | met | dropped */
		status: text('status').notNull().default('open'),
		openedAt: tz('opened_at').notNull().defaultNow(),
		closedAt: tz('closed_at')
	},
	(t) => [
		index('needs_engagement_idx').on(t.engagementId),
		index('needs_person_idx').on(t.personId, t.status),
		check('needs_status_check', sql`${t.status} in ('open','met','dropped')`)
	]
);

export const intakeMeetings = pgTable(
	'intake_meetings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		staffUserId: userRef('staff_user_id'),
		startsAt: tz('starts_at').notNull(),
		durationMinutes: integer('duration_minutes').notNull().default(60),
		location: text('location'),
		videoUrl: text('video_url'),
		/** planned | done | cancelled */
		status: text('status').notNull().default('planned'),
		/** The seed questions' answers: {impact, societalNeed, income, developmentCost, improvement, partners}. */
		answers: jsonb('answers'),
		notes: text('notes'),
		/** RFC 5545 SEQUENCE: raised when the invitation is sent again after a change. */
		sequence: integer('sequence').notNull().default(0),
		recordedAt: tz('recorded_at'),
		createdAt: createdAt()
	},
	(t) => [index('intake_meetings_engagement_idx').on(t.engagementId)]
);

export const introductions = pgTable(
	'introductions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		innovatorId: uuid('innovator_id')
			.notNull()
			.references(() => people.id),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		needId: uuid('need_id').references(() => needs.id, { onDelete: 'set null' }),
		engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'set null' }),
		/** Set when the introduction was proposed during a weekly review (it shows in the minutes). */
		reviewItemId: uuid('review_item_id').references((): AnyPgColumn => reviewItems.id, { onDelete: 'set null' }),
		note: text('note').notNull().default(''),
		ownerUserId: userRef('owner_user_id'),
		/** proposed | sent | accepted | declined | met | outcome_recorded */
		status: text('status').notNull().default('proposed'),
		/** funding | advice | partnership | nothing */
		outcome: text('outcome'),
		fundingAmountCents: bigint('funding_amount_cents', { mode: 'number' }),
		outcomeNote: text('outcome_note'),
		proposedAt: tz('proposed_at').notNull().defaultNow(),
		sentAt: tz('sent_at'),
		acceptedAt: tz('accepted_at'),
		metAt: tz('met_at'),
		outcomeAt: tz('outcome_at'),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('introductions_innovator_idx').on(t.innovatorId),
		index('introductions_person_idx').on(t.personId),
		check(
			'introductions_status_check',
			sql`${t.status} in ('proposed','sent','accepted','declined','met','outcome_recorded')`
		)
	]
);

/** One opt-in link per party; the token is in the e-mail, its SHA-256 here. */
export const introductionResponses = pgTable(
	'introduction_responses',
	{
		introductionId: uuid('introduction_id')
			.notNull()
			.references(() => introductions.id, { onDelete: 'cascade' }),
		/** innovator | other */
		party: text('party').notNull(),
		tokenHash: text('token_hash').notNull(),
		expiresAt: tz('expires_at').notNull(),
		/** accepted | declined */
		answer: text('answer'),
		answeredAt: tz('answered_at')
	},
	(t) => [
		primaryKey({ columns: [t.introductionId, t.party] }),
		uniqueIndex('introduction_responses_token_key').on(t.tokenHash)
	]
);

export const reviewMeetings = pgTable('review_meetings', {
	id: uuid('id').primaryKey().defaultRandom(),
	heldOn: date('held_on', { mode: 'string' }).notNull(),
	openedBy: userRef('opened_by'),
	openedAt: tz('opened_at').notNull().defaultNow(),
	closedAt: tz('closed_at')
});

export const reviewItems = pgTable(
	'review_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => reviewMeetings.id, { onDelete: 'cascade' }),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** pending | discussed | carried_over */
		status: text('status').notNull().default('pending'),
		/** Set when this item continues an unfinished one of an earlier meeting. */
		carriedFromId: uuid('carried_from_id'),
		advice: text('advice'),
		discussedAt: tz('discussed_at'),
		discussedBy: userRef('discussed_by'),
		version: integer('version').notNull().default(1)
	},
	(t) => [uniqueIndex('review_items_meeting_engagement_key').on(t.meetingId, t.engagementId)]
);

export const reviewActions = pgTable(
	'review_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		reviewItemId: uuid('review_item_id').references(() => reviewItems.id, { onDelete: 'set null' }),
		ownerUserId: userRef('owner_user_id'),
		description: text('description').notNull(),
		dueOn: date('due_on', { mode: 'string' }),
		doneAt: tz('done_at'),
		createdBy: userRef('created_by'),
		createdAt: createdAt()
	},
	(t) => [index('review_actions_owner_idx').on(t.ownerUserId, t.doneAt)]
);

/** Due work for the worker: follow-ups of introductions (3 weeks, 3 months). */
export const reminders = pgTable(
	'reminders',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** introduction_followup */
		kind: text('kind').notNull(),
		subjectId: uuid('subject_id').notNull(),
		/** e.g. '3w', '3m' */
		step: text('step').notNull(),
		ownerUserId: userRef('owner_user_id'),
		dueAt: tz('due_at').notNull(),
		firedAt: tz('fired_at'),
		cancelledAt: tz('cancelled_at')
	},
	(t) => [
		index('reminders_due_idx').on(t.dueAt),
		uniqueIndex('reminders_subject_step_key').on(t.kind, t.subjectId, t.step)
	]
);

/** Things a staff member should know; gathered into a daily or weekly digest e-mail. */
export const notifications = pgTable(
	'notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		summaryKey: text('summary_key').notNull(),
		params: jsonb('params'),
		link: text('link'),
		createdAt: createdAt(),
		digestedAt: tz('digested_at')
	},
	(t) => [index('notifications_pending_idx').on(t.userId, t.digestedAt)]
);

export const digestPreferences = pgTable(
	'digest_preferences',
	{
		userId: uuid('user_id')
			.primaryKey()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** daily | weekly */
		frequency: text('frequency').notNull().default('daily'),
		lastSentAt: tz('last_sent_at')
	},
	(t) => [check('digest_preferences_frequency_check', sql`${t.frequency} in ('daily','weekly')`)]
);
