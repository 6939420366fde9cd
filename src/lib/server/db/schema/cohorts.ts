/**
 * Cohorts (issue PE, docs/decisions/077-cohorts.md): a start-up club, scalers club or
 * thematic track of one year, its members and a curriculum of sessions (workshops,
 * masterclasses, peer sessions, safaris) with attendance, ticked by staff or by the
 * member checking in with the session's code.
 *
 * `programme_id` names the programme the cohort came out of; a foreign key since
 * decision 076 (on delete set null: the cohort and its history outlive the programme).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { engagements } from './intake.ts';
import { people } from './people.ts';
import { programmes } from './programmes.ts';

const tz = (name: string) => timestamp(name, { withTimezone: true });

export const cohorts = pgTable(
	'cohorts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		/** startup_club | scalers_club | thematic_track */
		kind: text('kind').notNull(),
		year: integer('year').notNull(),
		/** The theme of a thematic track (e.g. "sport"), free text. */
		theme: text('theme').notNull().default(''),
		/** The programme this cohort was selected by (decision 076). */
		programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
		/** Sessions a member must attend for the certificate; null: every session held. */
		requiredSessions: integer('required_sessions'),
		/** Optimistic lock: every edit checks and raises it (decision 076). */
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('cohorts_kind_check', sql`${t.kind} in ('startup_club', 'scalers_club', 'thematic_track')`),
		index('cohorts_year_idx').on(t.year)
	]
);

export const cohortMembers = pgTable(
	'cohort_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'set null' }),
		/** active | completed | dropped */
		status: text('status').notNull().default('active'),
		completedAt: tz('completed_at'),
		addedAt: tz('added_at').notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('cohort_members_person_key').on(t.cohortId, t.personId),
		check('cohort_members_status_check', sql`${t.status} in ('active', 'completed', 'dropped')`),
		index('cohort_members_person_idx').on(t.personId)
	]
);

export const cohortSessions = pgTable(
	'cohort_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		/** workshop_business_modelling | workshop_pitching | workshop_stakeholders | masterclass | peer_session | safari */
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		startsAt: tz('starts_at').notNull(),
		endsAt: tz('ends_at'),
		place: text('place').notNull().default(''),
		facilitatorPersonId: uuid('facilitator_person_id').references(() => people.id, { onDelete: 'set null' }),
		facilitatorName: text('facilitator_name').notNull().default(''),
		/** Links to slides, readers, recordings. */
		materials: text('materials').array().notNull().default(sql`'{}'::text[]`),
		/** Short code members type (or scan) to check in themselves; unique. */
		checkInCode: text('check_in_code').notNull(),
		/** Optimistic lock, also the SEQUENCE of the session's .ics (decision 076). */
		version: integer('version').notNull().default(1),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('cohort_sessions_code_key').on(t.checkInCode),
		index('cohort_sessions_cohort_idx').on(t.cohortId, t.startsAt)
	]
);

export const cohortAttendance = pgTable(
	'cohort_attendance',
	{
		sessionId: uuid('session_id')
			.notNull()
			.references(() => cohortSessions.id, { onDelete: 'cascade' }),
		memberId: uuid('member_id')
			.notNull()
			.references(() => cohortMembers.id, { onDelete: 'cascade' }),
		present: boolean('present').notNull(),
		/** staff | self */
		how: text('how').notNull(),
		at: tz('at').notNull().defaultNow(),
		byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [uniqueIndex('cohort_attendance_key').on(t.sessionId, t.memberId)]
);
