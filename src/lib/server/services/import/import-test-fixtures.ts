/** Test helpers of the import area: the small test taxonomy in the database, fixture bytes. */
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import { testTerms } from '../../../domain/import/test-vocabulary.ts';

export async function seedImportTaxonomy(db: Db): Promise<void> {
	await db.insert(taxonomyTerms).values(testTerms).onConflictDoNothing();
}

export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(new URL(`../../../domain/import/fixtures/${name}`, import.meta.url)));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
