/**
 * Acceleration Days (issue AD): the day with its timeslots, the participants with their
 * personal links and registrations, preferences, timetable versions with their meetings
 * and locks, the edit history the planner undoes, ratings and outcome surveys.
 * The timetable itself is solved by domain/acceleration-day (contract timetable-format.md).
 */
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { people } from './people.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const adDays = pgTable(
	'ad_days',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		title: text('title').notNull(),
		/** The calendar date in Brussels, YYYY-MM-DD. */
		date: text('date').notNull(),
		venue: text('venue').notNull().default(''),
		/** xl: one-to-one rounds all day; small: pitches first, then group rounds. */
		format: text('format').notNull().default('xl'),
		/** Chancegivers one innovator's table holds in one slot (1 = one-to-one). */
		seatsPerTable: integer('seats_per_table').notNull().default(1),
		/** Names of the tables, in order; the n-th innovator registered sits at the n-th free one. */
		tableNames: text('table_names').array().notNull().default(sql`'{}'::text[]`),
		minMeetingsPerInnovator: integer('min_meetings_per_innovator').notNull().default(0),
		minFundersPerInnovator: integer('min_funders_per_innovator').notNull().default(0),
		/** Budget of one solver run, in seconds. */
		solveSeconds: integer('solve_seconds').notNull().default(5),
		/** registration → planning → published → done */
		status: text('status').notNull().default('registration'),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('ad_days_format_check', sql`${t.format} in ('xl','small')`),
		check('ad_days_seats_check', sql`${t.seatsPerTable} >= 1`),
		check('ad_days_status_check', sql`${t.status} in ('registration','planning','published','done')`)
	]
);

/** The day's blocks in time order; only `meeting` blocks are timetable slots (numbered 0..T-1). */
export const adSlots = pgTable(
	'ad_slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		dayId: uuid('day_id')
			.notNull()
			.references(() => adDays.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** meeting | break | pitch */
		kind: text('kind').notNull(),
		/** The timetable slot number of a meeting block, null for breaks and pitches. */
		slotNumber: integer('slot_number'),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('ad_slots_position_key').on(t.dayId, t.position),
		uniqueIndex('ad_slots_number_key').on(t.dayId, t.slotNumber),
		check('ad_slots_kind_check', sql`${t.kind} in ('meeting','break','pitch')`)
	]
);

export const adParticipants = pgTable(
	'ad_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		dayId: uuid('day_id')
			.notNull()
			.references(() => adDays.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		/** innovator (a case with a table) | chancegiver */
		side: text('side').notNull(),
		/** The personal link's secret (base64url, 32 random bytes); see decision 080. */
		token: text('token').notNull(),
		/** invited | registered | declined */
		status: text('status').notNull().default('invited'),
		/** Innovators: their question for the day. */
		question: text('question').notNull().default(''),
		/** Innovators: need categories (taxonomy keys). Chancegivers: offers (taxonomy keys). */
		categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
		themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
		/** Chancegivers: funder | expert | mentor | networker. */
		role: text('role'),
		/** Chancegivers: the timetable slots they are present in; null = all day. */
		availableSlots: integer('available_slots').array(),
		maxMeetings: integer('max_meetings'),
		/** Innovators: the table they sit at. */
		tableName: text('table_name'),
		registeredAt: timestamp('registered_at', { withTimezone: true }),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
		noShowAt: timestamp('no_show_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('ad_participants_person_key').on(t.dayId, t.personId),
		uniqueIndex('ad_participants_token_key').on(t.token),
		uniqueIndex('ad_participants_table_key').on(t.dayId, t.tableName),
		check('ad_participants_side_check', sql`${t.side} in ('innovator','chancegiver')`),
		check('ad_participants_status_check', sql`${t.status} in ('invited','registered','declined')`),
		check(
			'ad_participants_role_check',
			sql`${t.role} is null or ${t.role} in ('funder','expert','mentor','networker')`
		)
	]
);

/** must | like | ratherNot, from one participant about a counterpart; staff's mark overrides. */
export const adPreferences = pgTable(
	'ad_preferences',
	{
		dayId: uuid('day_id')
			.notNull()
			.references(() => adDays.id, { onDelete: 'cascade' }),
		fromId: uuid('from_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		toId: uuid('to_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		/** self | staff */
		setBy: text('set_by').notNull().default('self'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.fromId, t.toId, t.setBy] }),
		index('ad_preferences_day_idx').on(t.dayId),
		check('ad_preferences_kind_check', sql`${t.kind} in ('must','like','ratherNot')`),
		check('ad_preferences_set_by_check', sql`${t.setBy} in ('self','staff')`)
	]
);

/** A timetable version: at most one draft per day; published ones are kept for the diff. */
export const adVersions = pgTable(
	'ad_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		dayId: uuid('day_id')
			.notNull()
			.references(() => adDays.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		/** draft | published | superseded */
		status: text('status').notNull().default('draft'),
		/** The instance last solved (contract format), for validation and re-solves. */
		instance: jsonb('instance'),
		/** The solver's report: status, objective, upperBound, seconds, unmet. */
		solveReport: jsonb('solve_report'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Optimistic concurrency for planner edits. */
		revision: integer('revision').notNull().default(1)
	},
	(t) => [
		uniqueIndex('ad_versions_number_key').on(t.dayId, t.number),
		uniqueIndex('ad_versions_one_draft_key').on(t.dayId).where(sql`${t.status} = 'draft'`),
		check('ad_versions_status_check', sql`${t.status} in ('draft','published','superseded')`)
	]
);

export const adMeetings = pgTable(
	'ad_meetings',
	{
		versionId: uuid('version_id')
			.notNull()
			.references(() => adVersions.id, { onDelete: 'cascade' }),
		innovatorId: uuid('innovator_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		chancegiverId: uuid('chancegiver_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		slot: integer('slot').notNull(),
		locked: boolean('locked').notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.versionId, t.innovatorId, t.chancegiverId] }),
		uniqueIndex('ad_meetings_chancegiver_slot_key').on(t.versionId, t.chancegiverId, t.slot)
	]
);

/** The planner's undo stack: the draft's meetings before each edit. */
export const adVersionEdits = pgTable(
	'ad_version_edits',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		versionId: uuid('version_id')
			.notNull()
			.references(() => adVersions.id, { onDelete: 'cascade' }),
		/** move | swap | lock | unlock | solve | refill */
		kind: text('kind').notNull(),
		meetingsBefore: jsonb('meetings_before').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('ad_version_edits_version_idx').on(t.versionId, t.createdAt)]
);

export const adRatings = pgTable(
	'ad_ratings',
	{
		dayId: uuid('day_id')
			.notNull()
			.references(() => adDays.id, { onDelete: 'cascade' }),
		raterId: uuid('rater_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		counterpartId: uuid('counterpart_id')
			.notNull()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		score: integer('score').notNull(),
		followUp: boolean('follow_up').notNull().default(false),
		comment: text('comment'),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.raterId, t.counterpartId] }),
		index('ad_ratings_day_idx').on(t.dayId),
		check('ad_ratings_score_check', sql`${t.score} between 1 and 5`)
	]
);

/** Six months after the day: did a meeting lead to funding, advice, a partnership? */
export const adOutcomeSurveys = pgTable(
	'ad_outcome_surveys',
	{
		participantId: uuid('participant_id')
			.primaryKey()
			.references(() => adParticipants.id, { onDelete: 'cascade' }),
		dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		funding: boolean('funding'),
		advice: boolean('advice'),
		partnership: boolean('partnership'),
		comment: text('comment')
	},
	(t) => [index('ad_outcome_surveys_due_idx').on(t.dueAt)]
);
