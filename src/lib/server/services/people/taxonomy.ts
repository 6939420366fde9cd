/**
 * The one shared taxonomy (issue F2), edited by staff: themes and needs/offers categories,
 * each with a stable key and labels in nl/fr/en. Terms are retired (archived), never
 * deleted, so records that use them keep their meaning; a retired term can be restored.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { TaxonomyTermSchema, TaxonomyTermUpdateSchema } from '../../../schemas/people.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { isUniqueViolation } from './pg-errors.ts';
import { assertPersonId, refreshSearchText } from './person-links.ts';

/** Every term (archived ones too when asked), with how many people use it. */
export async function listTaxonomy(db: Db, actor: Actor, options: { includeArchived?: boolean; kind?: 'theme' | 'category' } = {}, locale: Locale = 'nl') {
	authorize(actor, 'taxonomy.read');
	const rows = await db
		.select({
			id: taxonomyTerms.id,
			kind: taxonomyTerms.kind,
			key: taxonomyTerms.key,
			labelNl: taxonomyTerms.labelNl,
			labelFr: taxonomyTerms.labelFr,
			labelEn: taxonomyTerms.labelEn,
			sortOrder: taxonomyTerms.sortOrder,
			archivedAt: taxonomyTerms.archivedAt,
			usage: sql<number>`(select count(*)::int from person_terms pt where pt.term_id = ${taxonomyTerms.id})`
		})
		.from(taxonomyTerms)
		.where(and(options.includeArchived ? undefined : isNull(taxonomyTerms.archivedAt), options.kind ? eq(taxonomyTerms.kind, options.kind) : undefined))
		.orderBy(asc(taxonomyTerms.kind), asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.key));
	return {
		items: rows.map(({ archivedAt, ...r }) => ({
			...r,
			usage: Number(r.usage),
			label: locale === 'fr' ? r.labelFr : locale === 'en' ? r.labelEn : r.labelNl,
			archived: archivedAt !== null
		}))
	};
}

/** Adds a term; the key is unique per kind (409 with a field error otherwise). */
export async function createTerm(db: Db, actor: Actor, input: Record<string, unknown>, locale: Locale = 'nl') {
	authorize(actor, 'taxonomy.manage');
	const data = parseInput(TaxonomyTermSchema, input, locale);
	try {
		return await db.transaction(async (tx) => {
			const [row] = await tx.insert(taxonomyTerms).values(data).returning();
			await recordAudit(tx, actor, { action: 'taxonomy.create', subjectType: 'taxonomy_term', subjectId: row.id, after: row });
			return row;
		});
	} catch (error) {
		if (isUniqueViolation(error)) {
			const message = translate(locale, 'people.termKeyTaken');
			throw new AppError('conflict', message, { fields: { key: [message] } });
		}
		throw error;
	}
}

/** Renames (labels), reorders, retires or restores a term; the key never changes. */
export async function updateTerm(db: Db, actor: Actor, id: string, input: Record<string, unknown>, locale: Locale = 'nl') {
	authorize(actor, 'taxonomy.manage');
	assertPersonId(id, 'Term');
	const data = parseInput(TaxonomyTermUpdateSchema, input, locale);
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, id)).for('update');
		if (!before) throw notFound('Term');
		const { archived, ...labels } = data;
		const changes = Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== undefined));
		const archivedAt = archived === undefined ? before.archivedAt : archived ? (before.archivedAt ?? new Date()) : null;
		const [row] = await tx.update(taxonomyTerms).set({ ...changes, archivedAt }).where(eq(taxonomyTerms.id, id)).returning();
		// People are found by the labels of their terms: renamed labels reach the search words.
		if (['labelNl', 'labelFr', 'labelEn'].some((k) => k in changes)) {
			const users = rowsOf<{ id: string }>(await tx.execute(sql`select distinct person_id as id from person_terms where term_id = ${id}`));
			await refreshSearchText(tx, users.map((u) => u.id));
		}
		await recordAudit(tx, actor, { action: archived === true && !before.archivedAt ? 'taxonomy.retire' : 'taxonomy.update', subjectType: 'taxonomy_term', subjectId: id, before, after: row });
		return row;
	});
}
