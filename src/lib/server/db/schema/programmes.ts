/**
 * Programmes, calls and selection (issue PE, docs/decisions/073-programme-calls.md): a
 * programme (Start-up club, Scalers club, a thematic track) runs calls with a form staff
 * build; signed-in applicants save drafts and submit; invited reviewers declare conflicts
 * and score on the call's weighted rubric; the jury decides per application.
 */
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	customType,
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
import { accountLinks, users } from './core.ts';
import { people } from './people.ts';

const tz = (name: string) => timestamp(name, { withTimezone: true });

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** Largest uploaded file per question, in bytes (5 MB). */
export const PROGRAMME_FILE_LIMIT = 5 * 1024 * 1024;

export type CallQuestionKind = 'text' | 'long_text' | 'choice' | 'file' | 'budget';

/** One question of a call's application form. */
export interface CallQuestion {
	key: string;
	label: string;
	kind: CallQuestionKind;
	/** For 'choice'. */
	options?: string[];
	required?: boolean;
}

/** One rubric criterion: scores go from 0 to max, weighted. */
export interface CallCriterion {
	key: string;
	label: string;
	weight: number;
	max: number;
}

export const programmes = pgTable(
	'programmes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		/** startup_club | scalers_club | thematic_track */
		kind: text('kind').notNull(),
		description: text('description').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [check('programmes_kind_check', sql`${t.kind} in ('startup_club','scalers_club','thematic_track')`)]
);

export const programmeCalls = pgTable(
	'programme_calls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		opensAt: tz('opens_at').notNull(),
		closesAt: tz('closes_at').notNull(),
		/** Reviewers do not see applicants' names. */
		blind: boolean('blind').notNull().default(false),
		criteria: jsonb('criteria').$type<CallCriterion[]>().notNull().default([]),
		questions: jsonb('questions').$type<CallQuestion[]>().notNull().default([]),
		version: integer('version').notNull().default(1),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('programme_calls_dates_check', sql`${t.closesAt} > ${t.opensAt}`),
		index('programme_calls_programme_idx').on(t.programmeId)
	]
);

export const programmeApplications = pgTable(
	'programme_applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		applicantUserId: uuid('applicant_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		answers: jsonb('answers').$type<Record<string, string | number>>().notNull().default({}),
		/** draft | submitted | accepted | waitlisted | rejected */
		status: text('status').notNull().default('draft'),
		decisionNote: text('decision_note'),
		submittedAt: tz('submitted_at'),
		decidedAt: tz('decided_at'),
		version: integer('version').notNull().default(1),
		createdAt: tz('created_at').notNull().defaultNow(),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		check(
			'programme_applications_status_check',
			sql`${t.status} in ('draft','submitted','accepted','waitlisted','rejected')`
		),
		uniqueIndex('programme_applications_call_applicant_key').on(t.callId, t.applicantUserId)
	]
);

export const programmeApplicationFiles = pgTable(
	'programme_application_files',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => programmeApplications.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		data: bytea('data').notNull(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('programme_application_files_size_check', sql`${t.size} <= 5242880 and octet_length(${t.data}) = ${t.size}`),
		uniqueIndex('programme_application_files_question_key').on(t.applicationId, t.questionKey)
	]
);

export const programmeCallReviewers = pgTable(
	'programme_call_reviewers',
	{
		callId: uuid('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.callId, t.userId] })]
);

/**
 * An external jury member invited to review a call before they have an account
 * (decision 100): when the account invitation is accepted, the row becomes a
 * `programme_call_reviewers` row for the new account and is deleted.
 */
export const programmeReviewerInvitations = pgTable(
	'programme_reviewer_invitations',
	{
		callId: uuid('call_id')
			.notNull()
			.references(() => programmeCalls.id, { onDelete: 'cascade' }),
		/** Lowercased. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		/** The directory record of the jury member (reused by e-mail or created). */
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
		/** The account invitation link e-mailed for this call (voided when the invitation is withdrawn or sent again). */
		accountLinkId: uuid('account_link_id').references(() => accountLinks.id, { onDelete: 'set null' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.callId, t.email] }), index('programme_reviewer_invitations_email_idx').on(t.email)]
);

export const programmeConflicts = pgTable(
	'programme_conflicts',
	{
		applicationId: uuid('application_id')
			.notNull()
			.references(() => programmeApplications.id, { onDelete: 'cascade' }),
		reviewerUserId: uuid('reviewer_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.reviewerUserId] })]
);

export const programmeReviews = pgTable(
	'programme_reviews',
	{
		applicationId: uuid('application_id')
			.notNull()
			.references(() => programmeApplications.id, { onDelete: 'cascade' }),
		reviewerUserId: uuid('reviewer_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
		comment: text('comment').notNull().default(''),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.reviewerUserId] })]
);
