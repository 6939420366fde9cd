/**
 * The directory search as one SQL statement (decisions 040 and 042). The matched people are
 * read from the heap once, with every column the page, the sort and the role/region facets
 * need, so nothing joins the 10,000-row table again; relevance is computed in the same pass.
 * Text and names are accent-folded with sif_fold() (migration 0018) on both sides, so
 * "Lemaitre" finds "Lemaître" and "francois" finds "François".
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PeopleQuery } from '../../../schemas/people.ts';
import { prefixQuery } from '../../../domain/people/search-query.ts';

/** The columns every branch of the matched set returns (`p` is the people row). */
const COLUMNS = sql`p.id, p.display_name, p.email, p.roles, p.region, p.municipality, p.created_at, p.updated_at, p.merged_into_id, p.erased_at`;

/**
 * The text part: the CTE `names` (if any) and the matched rows, as a union of index scans in
 * which each person appears once (UNION ALL of disjoint branches):
 * - people whose folded name resembles the query (trigram similarity `%` or word similarity
 *   `%>`, so a misspelt surname alone finds "Marie Janssens"): ranked by full-text rank plus
 *   word similarity;
 * - the other people the GIN index of the search vector finds (prefix, Dutch and French
 *   queries OR'd): ranked by full-text rank alone — their names are below the similarity
 *   threshold, and computing it for each of thousands of skill or bio hits cost as much as
 *   the rest of the search (decision 042);
 * - for a single word, an e-mail prefix (addresses are stored lowercased, so LIKE on the
 *   lowercased prefix uses the unique btree index).
 * An address alone is looked up as an address: no name trigrams for "jan.peeters@example.be".
 */
function textMatched(q: string): { names: SQL | null; rows: SQL } {
	const prefix = prefixQuery(q);
	const fq = sql`sif_fold(${q})`;
	const tsq = sql`(${prefix ? sql`to_tsquery('simple', sif_fold(${prefix}))` : sql`''::tsquery`} || plainto_tsquery('dutch', ${fq}) || plainto_tsquery('french', ${fq}))`;
	const like = q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
	if (q.includes('@') && !/\s/.test(q)) {
		// The parsers keep an address as one lexeme (a secondary address is in the vector), so the
		// prefix words ("jan:* & peeters:* & example:* & be:*") are left out: they match no more
		// people, and scanning every lexeme that starts with "be" cost more than the rest.
		const tsq = sql`(plainto_tsquery('dutch', ${fq}) || plainto_tsquery('french', ${fq}))`;
		const exact = sql`case when p.email = lower(${q}) then 1 else 0 end`;
		return {
			names: null,
			rows: sql`select ${COLUMNS}, ts_rank(p.search_vector, ${tsq}) + ${exact} as rank from people p where p.search_vector @@ ${tsq}
				union all select ${COLUMNS}, ts_rank(p.search_vector, ${tsq}) + ${exact} from people p where p.email like ${like} and not (p.search_vector @@ ${tsq})`
		};
	}
	const email = /\s/.test(q)
		? sql``
		: sql` union all select ${COLUMNS}, ts_rank(p.search_vector, ${tsq}) + word_similarity(${fq}, p.search_name) from people p
			where p.email like ${like} and not (p.search_vector @@ ${tsq}) and p.id not in (select id from names)`;
	return {
		names: sql`select id from people where search_name % ${fq} union select id from people where search_name %> ${fq}`,
		rows: sql`select ${COLUMNS}, ts_rank(p.search_vector, ${tsq}) + word_similarity(${fq}, p.search_name) as rank
				from people p where p.id in (select id from names)
			union all select ${COLUMNS}, ts_rank(p.search_vector, ${tsq}) from people p
				where p.search_vector @@ ${tsq} and p.id not in (select id from names)${email}`
	};
}

const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Conditions other than the text, on the matched row `m`: active records and the facet filters. */
function filtersOf(query: PeopleQuery): SQL {
	const parts: SQL[] = [sql`m.merged_into_id is null`, sql`m.erased_at is null`];
	if (query.role.length) parts.push(sql`m.roles && array[${list(query.role)}]::text[]`);
	if (query.region.length) parts.push(sql`m.region in (${list(query.region)})`);
	if (query.theme.length) {
		parts.push(sql`exists (select 1 from person_terms pt join taxonomy_terms t on t.id = pt.term_id
			where pt.person_id = m.id and pt.relation = 'theme' and t.key in (${list(query.theme)}))`);
	}
	if (query.helix.length) {
		parts.push(sql`exists (select 1 from person_organisations po join organisations o on o.id = po.organisation_id
			where po.person_id = m.id and o.helix in (${list(query.helix)}))`);
	}
	const orgIds = query.organisation.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
	if (query.organisation.length) {
		parts.push(
			orgIds.length
				? sql`exists (select 1 from person_organisations po where po.person_id = m.id and po.organisation_id in (${sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `)}))`
				: sql`false`
		);
	}
	return sql.join(parts, sql` and `);
}

const ORDER: Record<string, SQL> = {
	relevance: sql`m.rank desc, lower(m.display_name), m.id`,
	name: sql`lower(m.display_name) asc, m.id`,
	'-name': sql`lower(m.display_name) desc, m.id`,
	created: sql`m.created_at asc, m.id`,
	'-created': sql`m.created_at desc, m.id`,
	updated: sql`m.updated_at asc, m.id`,
	'-updated': sql`m.updated_at desc, m.id`
};

/**
 * Facet counts over the matched set: role and region from its own columns; theme, helix and
 * organisation through the link tables, each read as a semi-join on the matched ids (the
 * matched set is hashed, not the whole link table): themes counted per term (one row per
 * person and term, so a count is the number of people) and then labelled with their key
 * (a theme relation points at a theme term, whose key is unique among themes); each matched
 * person's organisation links read once (CTE `links`) for both the helix and the organisation
 * facet; the organisation facet keeps the 20 with most people. Decision 042, fourth round.
 */
const FACETS = sql`(select coalesce(json_agg(f), '[]'::json) from (
	select 'role' as facet, x.r as value, count(*) as n from (select unnest(m.roles) as r from matched m) x group by x.r
	union all select 'region', m.region, count(*) from matched m where m.region is not null group by m.region
	union all select 'theme', t.key, sum(c.n)::bigint from (select pt.term_id, count(*) as n from person_terms pt
		where pt.relation = 'theme' and pt.person_id in (select id from matched) group by pt.term_id) c
		join taxonomy_terms t on t.id = c.term_id group by t.key
	union all select 'helix', o.helix, count(distinct l.person_id) from links l join organisations o on o.id = l.organisation_id
		where o.helix is not null group by o.helix
	union all (select 'organisation', l.organisation_id::text, count(*) from links l group by l.organisation_id order by count(*) desc, l.organisation_id limit 20)
) f)`;
const LINKS = sql`, links as materialized (select po.person_id, po.organisation_id from person_organisations po
	where po.person_id in (select id from matched))`;

/** The statement: total, the page's items (JSON, in order) and optionally the facet counts. */
export function searchStatement(query: PeopleQuery, options: { facets?: boolean } = {}): SQL {
	const text = query.q ? textMatched(query.q) : null;
	const sort = query.sort ?? (query.q ? 'relevance' : 'name');
	const offset = (query.page - 1) * query.pageSize;
	const rows = text ? text.rows : sql`select ${COLUMNS}, 0::real as rank from people p`;
	return sql`
		with ${text?.names ? sql`names as materialized (${text.names}), ` : sql``}
		matched as materialized (select m.id, m.display_name, m.email, m.roles, m.region, m.municipality, m.created_at, m.updated_at, m.rank
			from (${rows}) m where ${filtersOf(query)})${options.facets ? LINKS : sql``},
		page as (select m.*, row_number() over (order by ${ORDER[sort]}) as ord
			from (select m.* from matched m order by ${ORDER[sort]} limit ${query.pageSize} offset ${offset}) m)
		select (select count(*) from matched) as total,
			(select json_agg(json_build_object('id', pg.id, 'displayName', pg.display_name, 'email', pg.email, 'roles', pg.roles,
				'region', pg.region, 'municipality', pg.municipality, 'updatedAt', pg.updated_at, 'rank', pg.rank,
				'organisations', (select string_agg(o.name, ', ' order by o.name) from person_organisations po
					join organisations o on o.id = po.organisation_id where po.person_id = pg.id)) order by pg.ord) from page pg) as items,
			${options.facets ? FACETS : sql`null::json`} as facets`;
}
