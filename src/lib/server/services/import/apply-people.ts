/**
 * Writes what an import says about people, in batches, inside the caller's transaction.
 * Upsert by e-mail: a field the file leaves empty keeps its value; roles, tags, themes,
 * offers and needs are added to (never removed), so importing the same file twice — or an
 * export of the directory — changes nothing the second time.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consents, people, personOrganisations, personTerms, timelineEvents } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import type { PersonDraft } from '../../../domain/import/rows.ts';
import { organisationKey, resolveOrganisations } from './resolve-organisations.ts';
import { refreshSearchText } from '../people/person-links.ts';

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
	fileName: string;
	onProgress?: (done: number, total: number) => void | Promise<void>;
}

/** People per batch: one query per table per batch keeps 10,000 rows well under 20 s. */
export const BATCH = 500;

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

async function applyBatch(tx: Db, drafts: PersonDraft[], organisationIds: Map<string, string>, ctx: ApplyContext, result: ApplyResult) {
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
	const inserted = fresh.length
		? await tx
				.insert(people)
				.values(fresh.map((d) => ({ ...nextValues(d, undefined), email: d.email })))
				.returning({ id: people.id, email: people.email })
		: [];
	const ids = new Map([...existing.map((p) => [p.email!, p.id] as const), ...inserted.map((p) => [p.email!, p.id] as const)]);

	const termRows: (typeof personTerms.$inferInsert)[] = [];
	const linkRows: (typeof personOrganisations.$inferInsert)[] = [];
	const consentRows: (typeof consents.$inferInsert)[] = [];
	const touched: string[] = [];
	for (const draft of drafts) {
		const current = byEmail.get(draft.email);
		const personId = ids.get(draft.email)!;
		let changed = !current;
		if (current) {
			const next = nextValues(draft, current);
			if (differs(next, current)) {
				changed = true;
				await tx
					.update(people)
					.set({ ...next, version: sql`${people.version} + 1`, updatedAt: new Date() })
					.where(eq(people.id, personId));
			}
		}
		for (const term of wantedTerms(draft, ctx.termIds)) {
			if (terms.has(`${personId}:${term.termId}:${term.relation}`)) continue;
			terms.add(`${personId}:${term.termId}:${term.relation}`);
			termRows.push({ personId, ...term });
			changed = true;
		}
		for (const organisation of draft.organisations) {
			const organisationId = organisationIds.get(organisationKey(organisation))!;
			const link = `${personId}:${organisationId}`;
			const fn = organisation.function;
			if (!links.has(link) || (fn !== undefined && links.get(link) !== fn)) {
				linkRows.push({ personId, organisationId, function: fn ?? null });
				links.set(link, fn ?? null);
				changed = true;
			}
		}
		if (draft.newsletter) {
			const granted = draft.newsletter.granted ? 'yes' : 'no';
			if (newsletter.get(personId) !== granted) {
				const recordedAt = draft.newsletter.date ? new Date(`${draft.newsletter.date}T12:00:00Z`) : new Date();
				consentRows.push({ personId, purpose: 'newsletter', granted, source: 'import', recordedAt, recordedBy: actorUserId(ctx.actor), details: { file: ctx.fileName, rows: draft.rows } });
				newsletter.set(personId, granted);
				changed = true;
			}
		}
		if (!current) result.createdIds.push(personId);
		else if (changed) result.updatedIds.push(personId);
		else result.unchanged++;
		if (changed) touched.push(personId);
	}
	if (termRows.length) await tx.insert(personTerms).values(termRows).onConflictDoNothing();
	if (linkRows.length) {
		await tx
			.insert(personOrganisations)
			.values(linkRows)
			.onConflictDoUpdate({ target: [personOrganisations.personId, personOrganisations.organisationId], set: { function: sql`excluded.function` } });
	}
	if (consentRows.length) await tx.insert(consents).values(consentRows);
	if (touched.length) {
		// The directory's search words (organisations, term labels, tags) follow the import.
		await refreshSearchText(tx, touched);
		await tx.insert(timelineEvents).values(
			touched.map((personId) => ({
				personId,
				kind: 'person.imported',
				summaryKey: 'import.timelineImported',
				params: { file: ctx.fileName },
				actorId: actorUserId(ctx.actor)
			}))
		);
	}
	return touched;
}

/** Applies all drafts in batches of {@link BATCH}; reports progress after each batch. */
export async function applyPeople(tx: Db, drafts: PersonDraft[], ctx: ApplyContext): Promise<ApplyResult & { touched: string[] }> {
	const result: ApplyResult = { created: 0, updated: 0, unchanged: 0, createdIds: [], updatedIds: [] };
	const organisationIds = await resolveOrganisations(
		tx,
		drafts.flatMap((d) => d.organisations)
	);
	const touched: string[] = [];
	for (let i = 0; i < drafts.length; i += BATCH) {
		touched.push(...(await applyBatch(tx, drafts.slice(i, i + BATCH), organisationIds, ctx, result)));
		await ctx.onProgress?.(Math.min(i + BATCH, drafts.length), drafts.length);
	}
	result.created = result.createdIds.length;
	result.updated = result.updatedIds.length;
	return { ...result, touched };
}
