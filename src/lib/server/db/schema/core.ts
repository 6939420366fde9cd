/**
 * Accounts, sessions, API tokens, invitations, password resets, the audit log, the e-mail
 * outbox, rate-limit counters, background jobs and settings: the platform's own tables.
 */
import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Always stored lowercased; unique. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: text('role').notNull(),
		/** Null until the person accepts their invitation and sets a password. */
		passwordHash: text('password_hash'),
		locale: text('locale').notNull().default('nl'),
		createdAt: createdAt(),
		disabledAt: timestamp('disabled_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('users_email_key').on(t.email),
		check('users_role_check', sql`${t.role} in ('admin','staff','innovator','chancegiver','member')`),
		check('users_locale_check', sql`${t.locale} in ('nl','fr','en')`),
		check('users_email_lower_check', sql`${t.email} = lower(${t.email})`)
	]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token, hex: a database leak gives no usable session. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		userAgent: text('user_agent')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		/** SHA-256 of the token, hex; the token itself is shown once. */
		tokenHash: text('token_hash').notNull(),
		createdAt: createdAt(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)]
);

/** One-time links: invitations and password resets share the mechanism. */
export const accountLinks = pgTable(
	'account_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').notNull(),
		email: text('email').notNull(),
		role: text('role'),
		name: text('name'),
		locale: text('locale').notNull().default('nl'),
		tokenHash: text('token_hash').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('account_links_hash_key').on(t.tokenHash),
		check('account_links_kind_check', sql`${t.kind} in ('invitation','password_reset')`)
	]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Name or e-mail of the actor at the time, or 'system' / 'cli' / 'public'. */
		actorLabel: text('actor_label').notNull(),
		action: text('action').notNull(),
		subjectType: text('subject_type').notNull(),
		subjectId: text('subject_id'),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
		index('audit_log_actor_idx').on(t.actorId)
	]
);

export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html'),
		/** Attachments as [{filename, contentType, content (base64)}]. */
		attachments: jsonb('attachments'),
		kind: text('kind').notNull(),
		status: text('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		createdAt: createdAt(),
		availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		index('outbox_pending_idx').on(t.status, t.availableAt),
		check('outbox_status_check', sql`${t.status} in ('pending','sent','failed','kept')`)
	]
);

/** Fixed-window counters for rate limits, shared by every app instance. */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
	count: integer('count').notNull()
});

/** Staff-editable settings, one JSON value per key. */
export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' })
});
