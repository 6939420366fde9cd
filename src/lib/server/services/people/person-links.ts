/**
 * Steps shared by the people services: e-mail uniqueness (primary and other addresses, in
 * any case), taxonomy terms by key or label, organisation links, the search words kept on
 * the person row, and timeline entries.
 */
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, people, personOrganisations, personTerms, taxonomyTerms, timelineEvents } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { AppError, ValidationError, notFound } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { TermRef } from '../../../schemas/people.ts';
import type { TermRelation } from '../../../domain/people/vocabulary.ts';

export type PersonRow = typeof people.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a UUID is simply not found (not a database error). */
export function assertPersonId(id: string, what = 'Person'): void {
	if (!UUID.test(id)) throw notFound(what);
}

/** The person row without the search internals. */
export function personRecord(row: PersonRow) {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { searchExtra, searchVector, ...rest } = row;
	return rest;
}

/** Throws 409 duplicate_email when another (unmerged) person has one of these addresses. */
export async function assertEmailsFree(tx: Db, emails: string[], exceptId: string | null, locale: Locale) {
	const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
	if (wanted.length === 0) return;
	const list = sql.join(wanted.map((e) => sql`${e}`), sql`, `);
	const [clash] = await tx
		.select({ id: people.id, email: people.email })
		.from(people)
		.where(
			and(
				or(inArray(people.email, wanted), sql`${people.otherEmails} && array[${list}]::text[]`),
				exceptId ? ne(people.id, exceptId) : undefined
			)
		)
		.limit(1);
	if (clash) {
		throw new AppError('duplicate_email', translate(locale, 'people.emailTaken'), {
			fields: { email: [translate(locale, 'people.emailTaken')] },
			existingId: clash.id
		});
	}
}

/** Maps term references (key or label in nl/fr/en, any case) to term ids; unknown ones are field errors. */
export async function resolveTermRefs(
	tx: Db,
	kind: 'theme' | 'category',
	refs: TermRef[],
	field: string,
	locale: Locale
): Promise<{ termId: string; note: string | null }[]> {
	if (refs.length === 0) return [];
	const terms = await tx.select().from(taxonomyTerms).where(eq(taxonomyTerms.kind, kind));
	const byWord = new Map<string, string>();
	for (const t of terms) for (const w of [t.key, t.labelNl, t.labelFr, t.labelEn]) byWord.set(w.trim().toLowerCase(), t.id);
	const unknown = refs.filter((r) => !byWord.has(r.key.toLowerCase())).map((r) => r.key);
	if (unknown.length) {
		throw new ValidationError({ [field]: [translate(locale, 'people.unknownTerm', { words: unknown.join(', ') })] });
	}
	const seen = new Map<string, string | null>();
	for (const r of refs) seen.set(byWord.get(r.key.toLowerCase())!, r.note);
	return [...seen].map(([termId, note]) => ({ termId, note }));
}

/** Replaces a person's terms of one relation. */
export async function replaceTerms(tx: Db, personId: string, relation: TermRelation, terms: { termId: string; note: string | null }[]) {
	// A form that only ticks boxes keeps the free-text notes already written.
	const old = await tx.select().from(personTerms).where(and(eq(personTerms.personId, personId), eq(personTerms.relation, relation)));
	const oldNotes = new Map(old.map((o) => [o.termId, o.note]));
	terms = terms.map((t) => ({ termId: t.termId, note: t.note ?? oldNotes.get(t.termId) ?? null }));
	await tx.delete(personTerms).where(and(eq(personTerms.personId, personId), eq(personTerms.relation, relation)));
	if (terms.length) await tx.insert(personTerms).values(terms.map((t) => ({ personId, relation, termId: t.termId, note: t.note })));
}

/** Replaces a person's organisation links (unknown organisations are field errors). */
export async function replaceOrganisations(
	tx: Db,
	personId: string,
	links: { organisationId: string; function: string | null }[],
	locale: Locale
) {
	const ids = [...new Set(links.map((l) => l.organisationId))];
	if (ids.length) {
		const found = await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids));
		if (found.length !== ids.length) throw new ValidationError({ organisations: [translate(locale, 'people.unknownOrganisation')] });
	}
	await tx.delete(personOrganisations).where(eq(personOrganisations.personId, personId));
	const unique = new Map(links.map((l) => [l.organisationId, l.function]));
	if (unique.size) {
		await tx.insert(personOrganisations).values([...unique].map(([organisationId, fn]) => ({ personId, organisationId, function: fn })));
	}
}

/**
 * Recomputes the search words of these people from their organisations, terms (labels in
 * three languages and notes), other e-mails and tags. Neither version nor updated_at change.
 */
export async function refreshSearchText(tx: Db, personIds: string[]) {
	if (personIds.length === 0) return;
	const ids = sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `);
	await tx.execute(sql`
		update people p set search_extra = concat_ws(' ',
			(select string_agg(o.name || coalesce(' ' || po.function, ''), ' ') from person_organisations po
				join organisations o on o.id = po.organisation_id where po.person_id = p.id),
			(select string_agg(concat_ws(' ', t.label_nl, t.label_fr, t.label_en, replace(t.key, '-', ' '), pt.note), ' ')
				from person_terms pt join taxonomy_terms t on t.id = pt.term_id where pt.person_id = p.id),
			array_to_string(p.other_emails, ' '),
			array_to_string(p.tags, ' '),
			p.municipality)
		where p.id in (${ids})`);
}

/** Adds a timeline entry (summaryKey is an i18n key; params fill it in the reader's language). */
export async function addTimelineEvent(
	tx: Db,
	actor: Actor,
	event: { personId?: string; organisationId?: string; kind: string; summaryKey: string; params?: Record<string, unknown>; link?: string; public?: boolean }
) {
	await tx.insert(timelineEvents).values({
		personId: event.personId ?? null,
		organisationId: event.organisationId ?? null,
		kind: event.kind,
		summaryKey: event.summaryKey,
		params: event.params ?? null,
		link: event.link ?? null,
		actorId: actorUserId(actor),
		public: event.public ?? false
	});
}
