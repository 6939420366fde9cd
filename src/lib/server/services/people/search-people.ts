/**
 * The directory's one search box (decision 040): full text over names, e-mails, bios,
 * organisations and skills — names verbatim with prefixes, everything else stemmed in
 * Dutch and French — OR'd with trigram similarity on the display name, so "Jansens"
 * finds "Janssens", all accent-folded. Facets count the filtered set by role, region,
 * theme, helix and organisation. The statement is built in search-people-sql.ts.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PeopleQuerySchema, type PeopleQuery } from '../../../schemas/people.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { searchStatement } from './search-people-sql.ts';

export interface PeopleListItem {
	id: string;
	displayName: string;
	email: string | null;
	roles: string[];
	region: string | null;
	municipality: string | null;
	organisations: string | null;
	updatedAt: string;
	rank: number;
}

type FacetName = 'role' | 'region' | 'theme' | 'helix' | 'organisation';

/**
 * One page of people matching the query, the total, and (optionally) facet counts — one
 * statement, so the text is matched once however many facets are counted.
 */
export async function searchPeople(
	db: Db,
	actor: Actor,
	input: Partial<Record<keyof PeopleQuery, unknown>>,
	locale: Locale = 'nl',
	options: { facets?: boolean } = {}
) {
	authorize(actor, 'people.search');
	const query = parseInput(PeopleQuerySchema, input, locale);
	const statement = searchStatement(query, options);
	// With text, the planner prefers a sequential scan evaluating `@@` on every row's (wide)
	// search vector over the GIN index once a word matches a few hundred people; measured on
	// PGlite the index is 3–4x faster (decision 042). `set local` keeps the setting to this
	// statement's transaction (a savepoint when the caller is already in one).
	const result = query.q
		? await db.transaction(async (tx) => {
				await tx.execute(sql`set local enable_seqscan = off`);
				return tx.execute(statement);
			})
		: await db.execute(statement);
	const [row] = rowsOf<{ total: string | number; items: (Omit<PeopleListItem, 'rank'> & { rank: number | string })[] | null; facets: { facet: FacetName; value: string; n: number | string }[] | null }>(result);
	const items = (row.items ?? []).map((r) => ({
		id: r.id,
		displayName: r.displayName,
		email: r.email,
		roles: r.roles,
		region: r.region,
		municipality: r.municipality,
		organisations: r.organisations,
		updatedAt: new Date(r.updatedAt).toISOString(),
		rank: Number(r.rank)
	}));
	let facets: Record<FacetName, Record<string, number>> | undefined;
	if (options.facets) {
		facets = { role: {}, region: {}, theme: {}, helix: {}, organisation: {} };
		for (const f of row.facets ?? []) facets[f.facet][f.value] = Number(f.n);
	}
	return { items, total: Number(row.total), page: query.page, pageSize: query.pageSize, ...(facets ? { facets } : {}) };
}
