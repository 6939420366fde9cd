/**
 * The one shared directory: people and organisations, whatever module they take part in.
 * A person exists once (primary e-mail unique, case-insensitively: stored lowercased).
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
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { users } from './core.ts';

/** PostgreSQL full-text vector (no Drizzle built-in). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

export const people = pgTable(
	'people',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		firstName: text('first_name').notNull().default(''),
		lastName: text('last_name').notNull().default(''),
		/** What lists show: "first last", or an organisation contact name. */
		displayName: text('display_name').notNull(),
		/** Primary e-mail, lowercased; null for people we only know by name. */
		email: text('email'),
		/** Further addresses, lowercased. */
		otherEmails: text('other_emails').array().notNull().default(sql`'{}'::text[]`),
		phone: text('phone'),
		locale: text('locale').notNull().default('nl'),
		municipality: text('municipality'),
		/** flanders | brussels | wallonia | abroad */
		region: text('region'),
		bio: text('bio'),
		links: text('links').array().notNull().default(sql`'{}'::text[]`),
		photo: text('photo'),
		/** innovator, chancegiver, potential, partner, press, staff, member */
		roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
		/** funder, expert, mentor, networker (for chancegivers) */
		chancegiverRoles: text('chancegiver_roles').array().notNull().default(sql`'{}'::text[]`),
		/** Free tags, including theme words the taxonomy did not know at import. */
		tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
		/** Staff-only notes: never shown to chancegivers or innovators. */
		staffNotes: text('staff_notes'),
		/** The account of this person, when they have one. */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Set when merged into another record; the record stays for history. */
		mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
		/** GDPR erasure: the record is anonymised, counts and ledgers stay intact. */
		erasedAt: timestamp('erased_at', { withTimezone: true }),
		/** Optimistic concurrency: every update increments it and checks the old value. */
		version: integer('version').notNull().default(1),
		/**
		 * Words from linked records (organisation names, taxonomy labels in three languages,
		 * other e-mails, tags, free-text offers/needs), kept by the people services.
		 */
		searchExtra: text('search_extra').notNull().default(''),
		/**
		 * One search box: names/e-mails verbatim, bio and linked words stemmed in Dutch and French,
		 * all accent-folded with sif_fold() (migration 0018), as the query is.
		 */
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`setweight(to_tsvector('simple'::regconfig, sif_fold(coalesce(display_name, '') || ' ' || coalesce(email, ''))), 'A') || setweight(to_tsvector('dutch'::regconfig, sif_fold(coalesce(bio, '') || ' ' || search_extra)), 'B') || setweight(to_tsvector('french'::regconfig, sif_fold(coalesce(bio, '') || ' ' || search_extra)), 'C') || to_tsvector('simple'::regconfig, sif_fold(search_extra))`
		),
		/** The display name accent-folded and lowercased, for trigram similarity ("Lemaitre" ~ "Lemaître"). */
		searchName: text('search_name').generatedAlwaysAs(sql`sif_fold(display_name)`),
		...timestamps
	},
	(t) => [
		uniqueIndex('people_email_key').on(t.email),
		index('people_search_idx').using('gin', t.searchVector),
		index('people_name_trgm_idx').using('gin', sql`${t.displayName} gin_trgm_ops`),
		index('people_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
		index('people_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
		index('people_roles_idx').using('gin', t.roles),
		index('people_region_idx').on(t.region),
		uniqueIndex('people_user_key').on(t.userId),
		index('people_display_name_idx').on(t.displayName),
		check('people_email_lower_check', sql`${t.email} = lower(${t.email})`),
		check('people_locale_check', sql`${t.locale} in ('nl','fr','en')`)
	]
);

export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		/** vzw, cv, bv, nv, public_body, university, … */
		legalForm: text('legal_form'),
		/** Belgian enterprise number, 10 digits without dots, mod-97 checked. */
		enterpriseNumber: text('enterprise_number'),
		sector: text('sector'),
		/** academia | citizens | smes | private_investors | public_authorities | civil_society */
		helix: text('helix'),
		website: text('website'),
		municipality: text('municipality'),
		region: text('region'),
		description: text('description'),
		mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => organisations.id),
		version: integer('version').notNull().default(1),
		...timestamps
	},
	(t) => [
		uniqueIndex('organisations_enterprise_number_key').on(t.enterpriseNumber),
		index('organisations_name_idx').on(t.name),
		index('organisations_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`)
	]
);

export const personOrganisations = pgTable(
	'person_organisations',
	{
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		function: text('function'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.personId, t.organisationId] }),
		index('person_organisations_org_idx').on(t.organisationId)
	]
);

/**
 * The shared taxonomy, edited by staff, labelled in three languages. `kind` is 'theme' or
 * 'category' (needs and offers share the categories, so matching is exact).
 */
export const taxonomyTerms = pgTable(
	'taxonomy_terms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').notNull(),
		/** Stable key: 'poverty', 'legal', 'impact-measurement'. */
		key: text('key').notNull(),
		labelNl: text('label_nl').notNull(),
		labelFr: text('label_fr').notNull(),
		labelEn: text('label_en').notNull(),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [
		uniqueIndex('taxonomy_terms_kind_key').on(t.kind, t.key),
		check('taxonomy_terms_kind_check', sql`${t.kind} in ('theme','category')`)
	]
);

/** A person's themes, offers (skills) and needs, in the taxonomy's vocabulary plus free text. */
export const personTerms = pgTable(
	'person_terms',
	{
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		termId: uuid('term_id')
			.notNull()
			.references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
		/** theme | offer | need */
		relation: text('relation').notNull(),
		note: text('note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.personId, t.termId, t.relation] }),
		index('person_terms_term_idx').on(t.termId, t.relation),
		check('person_terms_relation_check', sql`${t.relation} in ('theme','offer','need')`)
	]
);

/** Consent with its date and source (GDPR). */
export const consents = pgTable(
	'consents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		/** newsletter | profile_visible | photo_use */
		purpose: text('purpose').notNull(),
		granted: text('granted').notNull(),
		source: text('source').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		details: jsonb('details')
	},
	(t) => [index('consents_person_idx').on(t.personId)]
);

/** The timeline of a person or organisation: later modules add events here. */
export const timelineEvents = pgTable(
	'timeline_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** e.g. 'person.created', 'intake.done', 'introduction.accepted', 'peer_session.completed' */
		kind: text('kind').notNull(),
		/** i18n message key + params, so each reader sees it in their language. */
		summaryKey: text('summary_key').notNull(),
		params: jsonb('params'),
		/** Where to go for details, e.g. '/cases/…' */
		link: text('link'),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Visible to the person themself (false: staff only). */
		public: boolean('public').notNull().default(false)
	},
	(t) => [index('timeline_person_idx').on(t.personId, t.at), index('timeline_org_idx').on(t.organisationId, t.at)]
);

/** A staff member's saved directory filter: a name and the list's query string. */
export const peopleSavedFilters = pgTable(
	'people_saved_filters',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** e.g. 'q=jan&role=innovator&region=brussels' */
		query: text('query').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('people_saved_filters_user_name_key').on(t.userId, t.name)]
);
