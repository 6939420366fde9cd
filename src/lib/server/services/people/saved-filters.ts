/** Saved directory filters, per user: a name and the list's query string. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peopleSavedFilters } from '../../db/schema/people.ts';
import type { UserActor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';
import { SavedFilterSchema } from '../../../schemas/people.ts';

export async function listSavedFilters(db: Db, actor: UserActor) {
	authorize(actor, 'people.search');
	return db.select().from(peopleSavedFilters).where(eq(peopleSavedFilters.userId, actor.userId)).orderBy(asc(peopleSavedFilters.name));
}

/** Saves (or replaces, by name) a filter of the signed-in user; the query string keeps only list parameters. */
export async function saveFilter(db: Db, actor: UserActor, input: { name: unknown; query: unknown }, locale: Locale = 'nl') {
	authorize(actor, 'people.search');
	const data = parseInput(SavedFilterSchema, input, locale);
	const kept = new URLSearchParams();
	for (const [key, value] of new URLSearchParams(data.query)) {
		if (['q', 'role', 'theme', 'region', 'helix', 'organisation', 'sort'].includes(key) && value) kept.append(key, value);
	}
	const [row] = await db
		.insert(peopleSavedFilters)
		.values({ userId: actor.userId, name: data.name, query: kept.toString() })
		.onConflictDoUpdate({ target: [peopleSavedFilters.userId, peopleSavedFilters.name], set: { query: kept.toString() } })
		.returning();
	return row;
}

export async function deleteFilter(db: Db, actor: UserActor, id: string) {
	authorize(actor, 'people.search');
	if (!/^[0-9a-f-]{36}$/i.test(id)) return;
	await db.delete(peopleSavedFilters).where(and(eq(peopleSavedFilters.id, id), eq(peopleSavedFilters.userId, actor.userId)));
}
