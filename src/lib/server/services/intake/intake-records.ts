/**
 * Shared steps of the intake services: finding or creating the person behind a request,
 * resolving taxonomy words, locking an engagement at the version the caller saw, moving
 * it through the state machine with its history, and timeline entries.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people, personTerms, taxonomyTerms, timelineEvents } from '../../db/schema/people.ts';
import { engagements, engagementTransitions } from '../../db/schema/intake.ts';
import { actorLabel, actorUserId, type Actor } from '../../auth/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import {
	TransitionRefused,
	transition,
	type EngagementEvent,
	type EngagementState
} from '../../../domain/intake/engagement-state.ts';
import type { Locale } from '../../../i18n/core.ts';

export type EngagementRow = typeof engagements.$inferSelect;

/** The person with this e-mail (lowercased), or a new innovator record. */
export async function findOrCreatePerson(
	tx: Db,
	input: { name: string; email: string; locale: Locale; phone?: string }
): Promise<{ id: string; created: boolean }> {
	const email = input.email.trim().toLowerCase();
	const [existing] = await tx.select().from(people).where(eq(people.email, email)).for('update');
	if (existing) {
		if (!existing.roles.includes('innovator')) {
			await tx
				.update(people)
				.set({ roles: [...existing.roles, 'innovator'], version: existing.version + 1, updatedAt: new Date() })
				.where(eq(people.id, existing.id));
		}
		return { id: existing.id, created: false };
	}
	const [first, ...rest] = input.name.trim().split(/\s+/);
	const [row] = await tx
		.insert(people)
		.values({
			displayName: input.name.trim(),
			firstName: first ?? '',
			lastName: rest.join(' '),
			email,
			phone: input.phone || null,
			locale: input.locale,
			roles: ['innovator']
		})
		.returning({ id: people.id });
	return { id: row.id, created: true };
}

export interface ResolvedTerm {
	/** The taxonomy key, or the word as given when the taxonomy does not know it. */
	key: string;
	termId: string | null;
}

/** Maps taxonomy keys or labels (any language, any case) to terms; unknown words stay as given. */
export async function resolveTerms(tx: Db, kind: 'theme' | 'category', words: string[]): Promise<ResolvedTerm[]> {
	if (words.length === 0) return [];
	const terms = await tx.select().from(taxonomyTerms).where(eq(taxonomyTerms.kind, kind));
	const byWord = new Map<string, (typeof terms)[number]>();
	for (const term of terms) {
		for (const word of [term.key, term.labelNl, term.labelFr, term.labelEn]) byWord.set(word.trim().toLowerCase(), term);
	}
	return words.map((word) => {
		const term = byWord.get(word.trim().toLowerCase());
		return term ? { key: term.key, termId: term.id } : { key: word.trim(), termId: null };
	});
}

/** Adds person_terms rows (theme | offer | need), ignoring ones that exist. */
export async function addPersonTerms(tx: Db, personId: string, relation: 'theme' | 'offer' | 'need', terms: ResolvedTerm[]) {
	const values = terms
		.filter((t): t is { key: string; termId: string } => t.termId !== null)
		.map((t) => ({ personId, termId: t.termId, relation }));
	if (values.length) await tx.insert(personTerms).values(values).onConflictDoNothing();
}

/**
 * The engagement row, locked, at the version the caller saw: a stale version is a
 * 409 version_conflict, so two staff members never silently overwrite each other.
 */
export async function lockEngagement(tx: Db, id: string, expectedVersion?: number): Promise<EngagementRow> {
	const [row] = await tx.select().from(engagements).where(eq(engagements.id, id)).for('update');
	if (!row) throw notFound('Engagement');
	if (expectedVersion !== undefined && row.version !== expectedVersion) {
		throw new AppError('version_conflict', 'This case was changed by someone else; reload it', {
			currentVersion: row.version
		});
	}
	return row;
}

/** Moves a locked engagement along the state machine and records who and why. */
export async function moveEngagement(
	tx: Db,
	actor: Actor,
	row: EngagementRow,
	event: EngagementEvent,
	reason: string | null,
	now: Date,
	extra: Partial<typeof engagements.$inferInsert> = {}
): Promise<EngagementRow> {
	let to: EngagementState;
	try {
		to = transition(row.state as EngagementState, event);
	} catch (error) {
		if (error instanceof TransitionRefused) {
			throw new AppError('invalid_state', error.message, { from: row.state, event });
		}
		throw error;
	}
	const [updated] = await tx
		.update(engagements)
		.set({ ...extra, state: to, version: sql`${engagements.version} + 1`, updatedAt: now })
		.where(eq(engagements.id, row.id))
		.returning();
	await tx.insert(engagementTransitions).values({
		engagementId: row.id,
		fromState: row.state,
		toState: to,
		reason,
		actorId: actorUserId(actor),
		actorLabel: actorLabel(actor),
		at: now
	});
	if (row.state !== to) {
		await addTimeline(tx, actor, {
			personId: row.personId,
			kind: `engagement.${to}`,
			summaryKey: 'intake.tlStateChanged',
			params: { from: row.state, to, reason: reason ?? '' },
			link: `/cases/${row.id}`,
			at: now
		});
	}
	return updated;
}

/** Bumps the version after a plain edit of a locked engagement. */
export async function touchEngagement(tx: Db, id: string, now: Date, values: Partial<typeof engagements.$inferInsert> = {}) {
	const [row] = await tx
		.update(engagements)
		.set({ ...values, version: sql`${engagements.version} + 1`, updatedAt: now })
		.where(eq(engagements.id, id))
		.returning();
	return row;
}

export async function addTimeline(
	tx: Db,
	actor: Actor,
	event: {
		personId: string;
		kind: string;
		summaryKey: string;
		params?: Record<string, string | number>;
		link?: string;
		at?: Date;
		public?: boolean;
	}
) {
	await tx.insert(timelineEvents).values({
		personId: event.personId,
		kind: event.kind,
		summaryKey: event.summaryKey,
		params: event.params ?? null,
		link: event.link ?? null,
		at: event.at ?? new Date(),
		actorId: actorUserId(actor),
		public: event.public ?? false
	});
}

export async function peopleByIds(tx: Db, ids: string[]) {
	if (ids.length === 0) return new Map<string, typeof people.$inferSelect>();
	const rows = await tx.select().from(people).where(inArray(people.id, ids));
	return new Map(rows.map((row) => [row.id, row]));
}

export const personLocale = (locale: string): Locale => (locale === 'fr' || locale === 'en' ? locale : 'nl');

