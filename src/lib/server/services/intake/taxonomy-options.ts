/** Taxonomy terms as form options (key + label in the reader's language), archived ones left out. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import type { Locale } from '../../../i18n/core.ts';

export interface TermOption {
	value: string;
	label: string;
}

export async function taxonomyOptions(db: Db, kind: 'theme' | 'category', locale: Locale): Promise<TermOption[]> {
	const rows = await db
		.select()
		.from(taxonomyTerms)
		.where(and(eq(taxonomyTerms.kind, kind), isNull(taxonomyTerms.archivedAt)))
		.orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.key));
	const label = (row: (typeof rows)[number]) => (locale === 'fr' ? row.labelFr : locale === 'en' ? row.labelEn : row.labelNl);
	return rows.map((row) => ({ value: row.key, label: label(row) }));
}
