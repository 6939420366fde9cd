/**
 * The cohort survey (end-of-trajectory feedback, docs/decisions/079-cohort-reports.md):
 * one row per member invited, made when staff send the survey; the member answers through
 * the personal link (only the token's hash is kept) and may change the answer later.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cohortMembers, cohorts } from './cohorts.ts';

const tz = (name: string) => timestamp(name, { withTimezone: true });

export const cohortSurveyResponses = pgTable(
	'cohort_survey_responses',
	{
		memberId: uuid('member_id')
			.primaryKey()
			.references(() => cohortMembers.id, { onDelete: 'cascade' }),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		/** SHA-256 of the personal link's token (the link itself is only in the e-mail). */
		tokenHash: text('token_hash').notNull(),
		sentAt: tz('sent_at').notNull().defaultNow(),
		/** 1–5; null until the member answers. */
		rating: integer('rating'),
		wouldRecommend: boolean('would_recommend'),
		/** The cohort's sessions that helped most (ids; a deleted session simply no longer counts). */
		helpfulSessionIds: uuid('helpful_session_ids').array().notNull().default(sql`'{}'::uuid[]`),
		comment: text('comment').notNull().default(''),
		answeredAt: tz('answered_at')
	},
	(t) => [
		uniqueIndex('cohort_survey_token_key').on(t.tokenHash),
		check('cohort_survey_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
		index('cohort_survey_cohort_idx').on(t.cohortId)
	]
);
