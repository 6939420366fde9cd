/**
 * Matchmaking (issue MM, docs/decisions/021-matching-database.md): staff dismissals of
 * suggestions (never shown again for that innovator; reasons reported), and each
 * person's monthly capacity for introductions. The weights live in `settings`
 * under the key 'matching.weights'.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.ts';
import { people } from './people.ts';
import { needs } from './intake.ts';

export const matchDismissals = pgTable(
	'match_dismissals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The need the suggestion was for; null once that need is deleted (the pair stays blocked). */
		needId: uuid('need_id').references(() => needs.id, { onDelete: 'set null' }),
		innovatorId: uuid('innovator_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		/** One of DISMISS_REASONS (src/lib/schemas/matching.ts). */
		reason: text('reason').notNull(),
		note: text('note').notNull().default(''),
		/** The need's categories and themes when dismissed (the engine learns doubtful offers from them). */
		categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
		themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
		dismissedBy: uuid('dismissed_by').references(() => users.id, { onDelete: 'set null' }),
		dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('match_dismissals_pair_key').on(t.innovatorId, t.personId),
		index('match_dismissals_person_idx').on(t.personId),
		check(
			'match_dismissals_reason_check',
			sql`${t.reason} in ('wrong-expertise','wrong-theme','wrong-stage','language','no-capacity','conflict-of-interest','already-in-contact','other')`
		)
	]
);

/** How many introductions a month a person accepts; no row means no limit. */
export const matchCapacity = pgTable(
	'match_capacity',
	{
		personId: uuid('person_id')
			.primaryKey()
			.references(() => people.id, { onDelete: 'cascade' }),
		perMonth: integer('per_month').notNull(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('match_capacity_per_month_check', sql`${t.perMonth} between 0 and 100`)]
);
