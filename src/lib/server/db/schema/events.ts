/**
 * Events (issue PE, docs/decisions/070-event-registration.md): any gathering the Factory
 * runs — System Shakers, vision and co-creation sessions, idea campaign evenings, info
 * sessions — with registrations (capacity + waitlist, first come first served), parallel
 * workshops with their own capacities, questions at registration, check-in at the door
 * and a short survey afterwards.
 *
 * Race safety: a registration runs in one transaction holding the event row
 * `FOR UPDATE`, counts the confirmed places and only then inserts; the partial unique
 * index on (event_id, lower(email)) refuses a second live registration of one address.
 */
import { sql } from 'drizzle-orm';
import {
	bigserial,
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

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** A question asked at registration: a label per language, free text or a choice. */
export interface EventQuestion {
	key: string;
	label: { nl: string; fr: string; en: string };
	kind: 'text' | 'choice';
	options?: string[];
	required?: boolean;
}

export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		title: text('title').notNull(),
		/**
		 * The readable address of the public page, /e/{slug} (decision 100): lowercase
		 * letters, digits and hyphens, unique; /e/{id} and former slugs redirect to it.
		 */
		slug: text('slug').notNull(),
		/** system_shakers | vision_session | co_creation | idea_campaign | info_session | other */
		type: text('type').notNull().default('other'),
		description: text('description').notNull().default(''),
		location: text('location').notNull().default(''),
		startsAt: tz('starts_at').notNull(),
		endsAt: tz('ends_at'),
		/** Confirmed places; registrations past it join the waitlist. */
		capacity: integer('capacity').notNull(),
		/** Shown on /e/{id} and open to registration without an account. */
		published: boolean('published').notNull().default(true),
		registrationOpen: boolean('registration_open').notNull().default(true),
		questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
		/** Hours before the start when the reminder e-mail goes out; null: no reminder. */
		reminderHours: integer('reminder_hours').default(24),
		reminderSentAt: tz('reminder_sent_at'),
		surveyOpen: boolean('survey_open').notNull().default(false),
		/** When the survey invitation went out (after the event ended, by the worker). */
		surveySentAt: tz('survey_sent_at'),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: tz('created_at').notNull().defaultNow(),
		updatedAt: tz('updated_at').notNull().defaultNow()
	},
	(t) => [
		check('events_capacity_check', sql`${t.capacity} >= 0`),
		index('events_starts_at_idx').on(t.startsAt),
		uniqueIndex('events_slug_key').on(t.slug)
	]
);

/** A slug an event had before staff changed it: old links keep working (they redirect). */
export const eventSlugRedirects = pgTable(
	'event_slug_redirects',
	{
		slug: text('slug').primaryKey(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [index('event_slug_redirects_event_idx').on(t.eventId)]
);

/** A parallel workshop within an event, with its own capacity and waitlist. */
export const eventWorkshops = pgTable(
	'event_workshops',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		capacity: integer('capacity').notNull(),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [
		check('event_workshops_capacity_check', sql`${t.capacity} >= 0`),
		index('event_workshops_event_idx').on(t.eventId)
	]
);

export const eventRegistrations = pgTable(
	'event_registrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		/** First come, first served: the waitlist promotes in this order. */
		seq: bigserial('seq', { mode: 'number' }).notNull(),
		/** Linked when a person with this e-mail is in the directory; the registration stands alone. */
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		/** Lowercased. */
		email: text('email').notNull(),
		locale: text('locale').notNull().default('nl'),
		/** confirmed | waitlisted | cancelled */
		status: text('status').notNull(),
		answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
		/** sha256 of the personal ticket link's token: the link is looked up by it. */
		ticketTokenHash: text('ticket_token_hash').notNull(),
		/**
		 * The token itself, so later e-mails (promotion, reminder) carry the same link as the
		 * first; it opens one ticket of one event, nothing else.
		 */
		ticketToken: text('ticket_token'),
		/** Short code in the QR on the ticket; staff scan or type it at the door. */
		checkinCode: text('checkin_code').notNull(),
		/** public | staff | api */
		source: text('source').notNull(),
		checkedInAt: tz('checked_in_at'),
		promotedAt: tz('promoted_at'),
		cancelledAt: tz('cancelled_at'),
		remindedAt: tz('reminded_at'),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('event_registrations_status_check', sql`${t.status} in ('confirmed','waitlisted','cancelled')`),
		uniqueIndex('event_registrations_email_key')
			.on(t.eventId, sql`lower(${t.email})`)
			.where(sql`${t.status} <> 'cancelled'`),
		uniqueIndex('event_registrations_ticket_key').on(t.ticketTokenHash),
		uniqueIndex('event_registrations_checkin_key').on(t.eventId, t.checkinCode),
		index('event_registrations_event_status_idx').on(t.eventId, t.status, t.seq),
		index('event_registrations_person_idx').on(t.personId)
	]
);

/** A registration's workshop choice: confirmed or waitlisted in that workshop. */
export const eventWorkshopChoices = pgTable(
	'event_workshop_choices',
	{
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => eventRegistrations.id, { onDelete: 'cascade' }),
		workshopId: uuid('workshop_id')
			.notNull()
			.references(() => eventWorkshops.id, { onDelete: 'cascade' }),
		seq: bigserial('seq', { mode: 'number' }).notNull(),
		/** confirmed | waitlisted */
		status: text('status').notNull(),
		promotedAt: tz('promoted_at')
	},
	(t) => [
		primaryKey({ columns: [t.registrationId, t.workshopId] }),
		check('event_workshop_choices_status_check', sql`${t.status} in ('confirmed','waitlisted')`),
		index('event_workshop_choices_workshop_idx').on(t.workshopId, t.status, t.seq)
	]
);

/** The short survey afterwards: one answer per registration. */
export const eventSurveyResponses = pgTable(
	'event_survey_responses',
	{
		registrationId: uuid('registration_id')
			.primaryKey()
			.references(() => eventRegistrations.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		/** 1–5 */
		rating: integer('rating').notNull(),
		wouldRecommend: boolean('would_recommend'),
		comment: text('comment').notNull().default(''),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		check('event_survey_rating_check', sql`${t.rating} between 1 and 5`),
		index('event_survey_event_idx').on(t.eventId)
	]
);
