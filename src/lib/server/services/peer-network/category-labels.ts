/** Labels of the taxonomy's categories (the skills people offer and need), in three languages. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import type { Locale } from '../../../i18n/core.ts';
import { defaultMatchLabel } from '../../../domain/matching/matching.ts';

export type CategoryLabels = Map<string, Record<Locale, string>>;

export async function categoryLabels(db: Db): Promise<CategoryLabels> {
	const rows = await db
		.select()
		.from(taxonomyTerms)
		.where(and(eq(taxonomyTerms.kind, 'category'), isNull(taxonomyTerms.archivedAt)))
		.orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.labelNl));
	return new Map(rows.map((r) => [r.key, { nl: r.labelNl, fr: r.labelFr, en: r.labelEn }]));
}

export function categoryLabel(labels: CategoryLabels, key: string, locale: Locale): string {
	return labels.get(key)?.[locale] ?? defaultMatchLabel('category', key, locale);
}

/** The choices of a category select, in the reader's language. */
export function categoryOptions(labels: CategoryLabels, locale: Locale) {
	return [...labels.entries()].map(([key, label]) => ({ value: key, label: label[locale] }));
}
