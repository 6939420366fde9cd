/**
 * The directory's one search box (decision 040): full text over names, e-mails, bios,
 * organisations and skills — names verbatim with prefixes, everything else stemmed in
 * Dutch and French — OR'd with trigram similarity on the display name, so "Jansens"
 * finds "Janssens". Facets count the filtered set by role, region, theme and helix.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PeopleQuerySchema, type PeopleQuery } from '../../../schemas/people.ts';
import { prefixQuery } from '../../../domain/people/search-query.ts';
import { rowsOf } from '../security/rate-limit.ts';

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

function whereOf(query: PeopleQuery): { where: SQL; match: SQL | null; rank: SQL } {
	const parts: SQL[] = [sql`p.merged_into_id is null`, sql`p.erased_at is null`];
	let match: SQL | null = null;
	let rank: SQL = sql`0`;
	const q = query.q;
	if (q) {
		const prefix = prefixQuery(q);
		const tsq = sql`(${prefix ? sql`to_tsquery('simple', ${prefix})` : sql`''::tsquery`} || plainto_tsquery('dutch', ${q}) || plainto_tsquery('french', ${q}))`;
		match = sql`(p.search_vector @@ ${prefix ? sql`to_tsquery('simple', ${prefix})` : sql`''::tsquery`}
			or p.search_vector @@ plainto_tsquery('dutch', ${q})
			or p.search_vector @@ plainto_tsquery('french', ${q})
			or p.display_name % ${q}
			or ${q} <% p.display_name
			or p.email ilike ${q.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'})`;
		parts.push(match);
		rank = sql`(ts_rank(p.search_vector, ${tsq}) + word_similarity(${q}, p.display_name))`;
	}
	if (query.role.length) parts.push(sql`p.roles && ${sql`array[${sql.join(query.role.map((r) => sql`${r}`), sql`, `)}]::text[]`}`);
	if (query.region.length) parts.push(sql`p.region in (${sql.join(query.region.map((r) => sql`${r}`), sql`, `)})`);
	if (query.theme.length) {
		parts.push(sql`exists (select 1 from person_terms pt join taxonomy_terms t on t.id = pt.term_id
			where pt.person_id = p.id and pt.relation = 'theme' and t.key in (${sql.join(query.theme.map((k) => sql`${k}`), sql`, `)}))`);
	}
	if (query.helix.length) {
		parts.push(sql`exists (select 1 from person_organisations po join organisations o on o.id = po.organisation_id
			where po.person_id = p.id and o.helix in (${sql.join(query.helix.map((h) => sql`${h}`), sql`, `)}))`);
	}
	const orgIds = query.organisation.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
	if (query.organisation.length) {
		parts.push(
			orgIds.length
				? sql`exists (select 1 from person_organisations po where po.person_id = p.id and po.organisation_id in (${sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `)}))`
				: sql`false`
		);
	}
	return { where: sql.join(parts, sql` and `), match, rank };
}

const ORDER: Record<string, SQL> = {
	name: sql`lower(p.display_name) asc, p.id`,
	'-name': sql`lower(p.display_name) desc, p.id`,
	created: sql`p.created_at asc, p.id`,
	'-created': sql`p.created_at desc, p.id`,
	updated: sql`p.updated_at asc, p.id`,
	'-updated': sql`p.updated_at desc, p.id`
};

/** One page of people matching the query, the total, and (optionally) facet counts. */
export async function searchPeople(
	db: Db,
	actor: Actor,
	input: Partial<Record<keyof PeopleQuery, unknown>>,
	locale: Locale = 'nl',
	options: { facets?: boolean } = {}
) {
	authorize(actor, 'people.search');
	const query = parseInput(PeopleQuerySchema, input, locale);
	const { where, rank } = whereOf(query);
	const sort = query.sort ?? (query.q ? 'relevance' : 'name');
	const order = sort === 'relevance' ? sql`rank desc, lower(p.display_name), p.id` : ORDER[sort];
	const offset = (query.page - 1) * query.pageSize;
	const rows = rowsOf<PeopleListItem & { total: string | number }>(
		await db.execute(sql`
			select p.id, p.display_name as "displayName", p.email, p.roles, p.region, p.municipality,
				p.updated_at as "updatedAt", ${rank} as rank, count(*) over () as total,
				(select string_agg(o.name, ', ' order by o.name) from person_organisations po
					join organisations o on o.id = po.organisation_id where po.person_id = p.id) as organisations
			from people p
			where ${where}
			order by ${order}
			limit ${query.pageSize} offset ${offset}`)
	);
	let total = rows.length ? Number(rows[0].total) : 0;
	if (!rows.length && query.page > 1) {
		const [count] = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from people p where ${where}`));
		total = Number(count.n);
	}
	const items = rows.map((r) => ({
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
	const facets = options.facets ? await facetCounts(db, where) : undefined;
	return { items, total, page: query.page, pageSize: query.pageSize, ...(facets ? { facets } : {}) };
}

async function facetCounts(db: Db, where: SQL) {
	const count = async (select: SQL) => {
		const rows = rowsOf<{ value: string | null; n: string | number }>(await db.execute(select));
		return Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.value as string, Number(r.n)]));
	};
	const [role, region, theme, helix, organisation] = await Promise.all([
		count(sql`select r as value, count(*) as n from people p cross join lateral unnest(p.roles) r where ${where} group by r`),
		count(sql`select p.region as value, count(*) as n from people p where ${where} group by p.region`),
		count(sql`select t.key as value, count(distinct p.id) as n from people p join person_terms pt on pt.person_id = p.id and pt.relation = 'theme'
			join taxonomy_terms t on t.id = pt.term_id where ${where} group by t.key`),
		count(sql`select o.helix as value, count(distinct p.id) as n from people p join person_organisations po on po.person_id = p.id
			join organisations o on o.id = po.organisation_id where ${where} group by o.helix`),
		// The organisations with most matching people (the 20 largest), keyed by id.
		count(sql`select po.organisation_id::text as value, count(*) as n from people p join person_organisations po on po.person_id = p.id
			where ${where} group by po.organisation_id order by count(*) desc limit 20`)
	]);
	return { role, region, theme, helix, organisation };
}
