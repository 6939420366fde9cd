/**
 * Writes what an import says about people, in batches, inside the caller's transaction.
 * Upsert by e-mail: a field the file leaves empty keeps its value; roles, tags, themes,
 * offers and needs are added to (never removed), so importing the same file twice — or an
 * export of the directory — changes nothing the second time.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consents, people, personOrganisations, personTerms } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import type { PersonDraft } from '../../../domain/import/rows.ts';
import { organisationKey, resolveOrganisations } from './resolve-organisations.ts';
import { refreshSearchText } from '../people/person-links.ts';
import { insertRows, recordSet } from './bulk-sql.ts';

type PersonRow = typeof people.$inferSelect;
type Relation = 'theme' | 'offer' | 'need';

export interface ApplyResult {
	created: number;
	updated: number;
	unchanged: number;
	createdIds: string[];
	updatedIds: string[];
}

export interface ApplyContext {
	actor: Actor;
	/** Term id per `${kind}:${key}` (kind 'theme' or 'category'). */
	termIds: Map<string, string>;
	/** Search words per term id: labels in nl, fr, en and the key (as refreshSearchText writes them). */
	termWords?: Map<string, string>;
	fileName: string;
	onProgress?: (done: number, total: number) => void | Promise<void>;
}

/** People per batch: one statement per table per batch (decision 051). */
export const BATCH = 1000;

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** The person as the file wants it, starting from what is stored (or nothing). */
function nextValues(draft: PersonDraft, current: PersonRow | undefined) {
	return {
		firstName: draft.firstName ?? current?.firstName ?? '',
		lastName: draft.lastName ?? current?.lastName ?? '',
		displayName: draft.displayName ?? current?.displayName ?? draft.email,
		phone: draft.phone ?? current?.phone ?? null,
		municipality: draft.municipality ?? current?.municipality ?? null,
		region: draft.region ?? current?.region ?? null,
		locale: draft.locale ?? current?.locale ?? 'nl',
		roles: union(current?.roles ?? [], draft.roles),
		chancegiverRoles: union(current?.chancegiverRoles ?? [], draft.chancegiverRoles),
		tags: union(current?.tags ?? [], draft.tags)
	};
}

function differs(next: ReturnType<typeof nextValues>, current: PersonRow): boolean {
	for (const key of ['firstName', 'lastName', 'displayName', 'phone', 'municipality', 'region', 'locale'] as const) {
		if (next[key] !== current[key]) return true;
	}
	return !sameSet(next.roles, current.roles) || !sameSet(next.chancegiverRoles, current.chancegiverRoles) || !sameSet(next.tags, current.tags);
}

function wantedTerms(draft: PersonDraft, termIds: Map<string, string>): { termId: string; relation: Relation }[] {
	const list: { termId: string; relation: Relation }[] = [];
	const add = (keys: string[], kind: string, relation: Relation) => {
		for (const key of keys) {
			const termId = termIds.get(`${kind}:${key}`);
			if (termId) list.push({ termId, relation });
		}
	};
	add(draft.themes, 'theme', 'theme');
	add(draft.offers, 'category', 'offer');
	add(draft.needs, 'category', 'need');
	return list;
}

const PERSON_COLUMNS = [
	['first_name', 'text'],
	['last_name', 'text'],
	['display_name', 'text'],
	['phone', 'text'],
	['municipality', 'text'],
	['region', 'text'],
	['locale', 'text'],
	['roles', 'text[]'],
	['chancegiver_roles', 'text[]'],
	['tags', 'text[]']
] as const;

function personRecord(next: ReturnType<typeof nextValues>) {
	return {
		first_name: next.firstName,
		last_name: next.lastName,
		display_name: next.displayName,
		phone: next.phone,
		municipality: next.municipality,
		region: next.region,
		locale: next.locale,
		roles: next.roles,
		chancegiver_roles: next.chancegiverRoles,
		tags: next.tags
	};
}

/**
 * The search words of a NEW person, the way the people area's refreshSearchText writes
 * them (organisation and function, term labels, other e-mails, tags, municipality), so
 * an imported person is written once instead of inserted and then updated.
 */
function searchExtraOf(next: ReturnType<typeof nextValues>, organisations: string[], terms: string[]): string {
	const parts: (string | null)[] = [organisations.length ? organisations.join(' ') : null, terms.length ? terms.join(' ') : null, '', next.tags.join(' '), next.municipality];
	return parts.filter((p): p is string => p !== null).join(' ');
}

async function applyBatch(tx: Db, drafts: PersonDraft[], organisationIds: Map<string, string>, organisationNames: Map<string, string>, ctx: ApplyContext, result: ApplyResult) {
	const existing = await tx.select().from(people).where(inArray(people.email, drafts.map((d) => d.email)));
	const byEmail = new Map(existing.map((p) => [p.email!, p]));
	const existingIds = existing.map((p) => p.id);
	const terms = new Set<string>();
	const links = new Map<string, string | null>();
	const newsletter = new Map<string, string>();
	if (existingIds.length > 0) {
		for (const t of await tx.select().from(personTerms).where(inArray(personTerms.personId, existingIds))) terms.add(`${t.personId}:${t.termId}:${t.relation}`);
		for (const l of await tx.select().from(personOrganisations).where(inArray(personOrganisations.personId, existingIds))) links.set(`${l.personId}:${l.organisationId}`, l.function);
		const rows = await tx
			.select({ personId: consents.personId, granted: consents.granted })
			.from(consents)
			.where(and(inArray(consents.personId, existingIds), eq(consents.purpose, 'newsletter')))
			.orderBy(desc(consents.recordedAt));
		for (const c of rows) if (!newsletter.has(c.personId)) newsletter.set(c.personId, c.granted);
	}

	const fresh = drafts.filter((d) => !byEmail.has(d.email));
	const inserted = await insertRows<{ id: string; email: string }>(
		tx,
		'people',
		[...PERSON_COLUMNS, ['email', 'text'], ['search_extra', 'text']],
		fresh.map((d) => {
			const next = nextValues(d, undefined);
			const organisationWords = d.organisations.map((o) => {
				const name = organisationNames.get(organisationIds.get(organisationKey(o))!) ?? o.name;
				return o.function ? `${name} ${o.function}` : name;
			});
			const termWords = wantedTerms(d, ctx.termIds).map((t) => ctx.termWords?.get(t.termId) ?? '');
			return { ...personRecord(next), email: d.email, search_extra: searchExtraOf(next, organisationWords, termWords) };
		}),
		sql`returning id, email`
	);
	const ids = new Map([...existing.map((p) => [p.email!, p.id] as const), ...inserted.map((p) => [p.email, p.id] as const)]);

	const updates: Record<string, unknown>[] = [];
	const termRows: Record<string, unknown>[] = [];
	const linkRows: Record<string, unknown>[] = [];
	const consentRows: Record<string, unknown>[] = [];
	const touched: string[] = [];
	const touchedExisting: string[] = [];
	for (const draft of drafts) {
		const current = byEmail.get(draft.email);
		const personId = ids.get(draft.email)!;
		let changed = !current;
		if (current) {
			const next = nextValues(draft, current);
			if (differs(next, current)) {
				changed = true;
				updates.push({ id: personId, ...personRecord(next) });
			}
		}
		for (const term of wantedTerms(draft, ctx.termIds)) {
			if (terms.has(`${personId}:${term.termId}:${term.relation}`)) continue;
			terms.add(`${personId}:${term.termId}:${term.relation}`);
			termRows.push({ person_id: personId, term_id: term.termId, relation: term.relation });
			changed = true;
		}
		for (const organisation of draft.organisations) {
			const organisationId = organisationIds.get(organisationKey(organisation))!;
			const link = `${personId}:${organisationId}`;
			const fn = organisation.function;
			if (!links.has(link) || (fn !== undefined && links.get(link) !== fn)) {
				linkRows.push({ person_id: personId, organisation_id: organisationId, function: fn ?? null });
				links.set(link, fn ?? null);
				changed = true;
			}
		}
		if (draft.newsletter) {
			const granted = draft.newsletter.granted ? 'yes' : 'no';
			if (newsletter.get(personId) !== granted) {
				const recordedAt = draft.newsletter.date ? new Date(`${draft.newsletter.date}T12:00:00Z`) : new Date();
				consentRows.push({
					person_id: personId,
					purpose: 'newsletter',
					granted,
					source: 'import',
					recorded_at: recordedAt.toISOString(),
					recorded_by: actorUserId(ctx.actor),
					details: { file: ctx.fileName, rows: draft.rows }
				});
				newsletter.set(personId, granted);
				changed = true;
			}
		}
		if (!current) result.createdIds.push(personId);
		else if (changed) result.updatedIds.push(personId);
		else result.unchanged++;
		if (changed) touched.push(personId);
		if (changed && current) touchedExisting.push(personId);
	}
	if (updates.length) {
		const set = PERSON_COLUMNS.map(([name]) => `"${name}" = x."${name}"`).join(', ');
		await tx.execute(
			sql`update people p set ${sql.raw(set)}, version = p.version + 1, updated_at = now() from ${recordSet([['id', 'uuid'], ...PERSON_COLUMNS], updates)} where p.id = x.id`
		);
	}
	await insertRows(tx, 'person_terms', [['person_id', 'uuid'], ['term_id', 'uuid'], ['relation', 'text']], termRows, sql`on conflict do nothing`);
	await insertRows(
		tx,
		'person_organisations',
		[['person_id', 'uuid'], ['organisation_id', 'uuid'], ['function', 'text']],
		linkRows,
		sql`on conflict (person_id, organisation_id) do update set function = excluded.function`
	);
	await insertRows(
		tx,
		'consents',
		[['person_id', 'uuid'], ['purpose', 'text'], ['granted', 'text'], ['source', 'text'], ['recorded_at', 'timestamptz'], ['recorded_by', 'uuid'], ['details', 'jsonb']],
		consentRows
	);
	// The directory's search words (organisations, term labels, tags) follow the import;
	// new people got theirs on insert.
	await refreshSearchText(tx, touchedExisting);
	await insertRows(
		tx,
		'timeline_events',
		[['person_id', 'uuid'], ['kind', 'text'], ['summary_key', 'text'], ['params', 'jsonb'], ['actor_id', 'uuid']],
		touched.map((personId) => ({ person_id: personId, kind: 'person.imported', summary_key: 'import.timelineImported', params: { file: ctx.fileName }, actor_id: actorUserId(ctx.actor) }))
	);
	return touched;
}

/** Applies all drafts in batches of {@link BATCH}; reports progress after each batch. */
export async function applyPeople(tx: Db, drafts: PersonDraft[], ctx: ApplyContext): Promise<ApplyResult & { touched: string[] }> {
	const result: ApplyResult = { created: 0, updated: 0, unchanged: 0, createdIds: [], updatedIds: [] };
	const organisationNames = new Map<string, string>();
	const organisationIds = await resolveOrganisations(
		tx,
		drafts.flatMap((d) => d.organisations),
		organisationNames
	);
	const touched: string[] = [];
	for (let i = 0; i < drafts.length; i += BATCH) {
		touched.push(...(await applyBatch(tx, drafts.slice(i, i + BATCH), organisationIds, organisationNames, ctx, result)));
		await ctx.onProgress?.(Math.min(i + BATCH, drafts.length), drafts.length);
	}
	result.created = result.createdIds.length;
	result.updated = result.updatedIds.length;
	return { ...result, touched };
}
