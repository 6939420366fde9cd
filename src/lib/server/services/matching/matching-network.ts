/**
 * Loads what the matchmaking engine works on from the database
 * (docs/decisions/021-matching-database.md): the candidate network, the history of
 * introductions and dismissals, needs, the weights, and labels for the reasons.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { settings } from '../../db/schema/core.ts';
import { engagements, initiatives, needs } from '../../db/schema/intake.ts';
import { people, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { matchDismissals } from '../../db/schema/matching.ts';
import {
	buildMatchIndex,
	defaultMatchLabel,
	resolveWeights,
	type MatchCandidate,
	type MatchHistory,
	type MatchIndex,
	type MatchLabels,
	type MatchLocale,
	type MatchNeed,
	type MatchWeights
} from '../../../domain/matching/matching.ts';
import { MATCH_ROLES, type DismissReasonSchema } from '../../../schemas/matching.ts';
import type { z } from 'zod';

export const WEIGHTS_KEY = 'matching.weights';

type Helix = NonNullable<MatchCandidate['helix']>;
/** The directory's helix positions (organisations.helix) on the engine's four. */
const HELIX: Record<string, Helix> = {
	academia: 'academia',
	smes: 'industry',
	private_investors: 'industry',
	public_authorities: 'government',
	citizens: 'civil-society',
	civil_society: 'civil-society'
};

export interface NetworkPerson {
	id: string;
	name: string;
	organisation: string | null;
	roles: string[];
}

export interface Network {
	index: MatchIndex;
	candidates: MatchCandidate[];
	people: Map<string, NetworkPerson>;
}

/**
 * Everyone who offers something: people (not erased, not merged) with an offer in the
 * taxonomy, a chancegiver role, or the role chancegiver. Innovators with offers count
 * as peers.
 */
export async function loadNetwork(db: Db, now: Date = new Date()): Promise<Network> {
	const rows = rowsOf<{
		id: string;
		name: string;
		bio: string | null;
		locale: string;
		region: string | null;
		roles: string[];
		chancegiver_roles: string[];
		tags: string[];
		offers: string[] | null;
		offer_notes: string | null;
		themes: string[] | null;
		organisation_id: string | null;
		organisation_name: string | null;
		helix: string | null;
		per_month: number | null;
		open_intros: number | string;
	}>(
		await db.execute(sql`
		with terms as (
			select pt.person_id,
				array_agg(distinct t.key) filter (where pt.relation = 'offer') as offers,
				string_agg(pt.note, ' ') filter (where pt.relation = 'offer' and pt.note is not null) as offer_notes,
				array_agg(distinct t.key) filter (where pt.relation = 'theme') as themes
			from person_terms pt join taxonomy_terms t on t.id = pt.term_id
			where pt.relation in ('offer','theme')
			group by pt.person_id
		), open_intros as (
			select person_id, count(*) as n from introductions
			where status in ('proposed','sent','accepted')
				and proposed_at >= date_trunc('month', ${now.toISOString()}::timestamptz at time zone 'Europe/Brussels') at time zone 'Europe/Brussels'
			group by person_id
		), first_org as (
			select distinct on (po.person_id) po.person_id, o.id, o.name, o.helix
			from person_organisations po join organisations o on o.id = po.organisation_id
			order by po.person_id, po.created_at
		)
		select p.id, p.display_name as name, p.bio, p.locale, p.region, p.roles, p.chancegiver_roles, p.tags,
			terms.offers, terms.offer_notes, terms.themes,
			first_org.id as organisation_id, first_org.name as organisation_name, first_org.helix,
			c.per_month, coalesce(open_intros.n, 0) as open_intros
		from people p
		left join terms on terms.person_id = p.id
		left join first_org on first_org.person_id = p.id
		left join open_intros on open_intros.person_id = p.id
		left join match_capacity c on c.person_id = p.id
		where p.erased_at is null and p.merged_into_id is null
			and (cardinality(p.chancegiver_roles) > 0 or 'chancegiver' = any(p.roles) or terms.offers is not null)
		order by p.id`)
	);
	const candidates: MatchCandidate[] = [];
	const directory = new Map<string, NetworkPerson>();
	for (const row of rows) {
		const roles = row.chancegiver_roles.filter((r): r is MatchCandidate['roles'][number] =>
			(MATCH_ROLES as readonly string[]).includes(r)
		);
		if (roles.length === 0 && !row.roles.includes('chancegiver')) roles.push('peer');
		candidates.push({
			id: row.id,
			name: row.name,
			organisationId: row.organisation_id ?? undefined,
			helix: row.helix ? HELIX[row.helix] : undefined,
			roles,
			offers: row.offers ?? [],
			themes: row.themes ?? [],
			text: [row.bio ?? '', row.offer_notes ?? '', row.tags.join(' ')].join('\n').slice(0, 20_000),
			languages: [row.locale],
			region: row.region ?? undefined,
			capacity: {
				perMonth: row.per_month ?? undefined,
				openIntroductions: Number(row.open_intros)
			}
		});
		directory.set(row.id, {
			id: row.id,
			name: row.name,
			organisation: row.organisation_name,
			roles: row.chancegiver_roles.length ? row.chancegiver_roles : row.roles
		});
	}
	return { index: indexOf(candidates), candidates, people: directory };
}

/**
 * The index of the last candidate list, reused while the list is the same (building it
 * costs tens of milliseconds for a few hundred people). Safe to share: `suggest` is
 * synchronous, and the index is never changed after it is built.
 */
let lastIndex: { key: string; index: MatchIndex } | null = null;

function indexOf(candidates: MatchCandidate[]): MatchIndex {
	const key = createHash('sha256').update(JSON.stringify(candidates)).digest('base64');
	if (lastIndex?.key === key) return lastIndex.index;
	const index = buildMatchIndex(candidates);
	lastIndex = { key, index };
	return index;
}

/** Ratings the engine reads from the outcome of earlier introductions. */
const OUTCOME_RATING: Record<string, number> = { funding: 5, partnership: 5, advice: 4, nothing: 2 };

/**
 * The history: introductions made (any status but declined), declined ones (either
 * party said no: the pair never comes back), staff dismissals, and the outcomes of
 * earlier introductions as ratings of the person introduced.
 */
export async function loadHistory(db: Db): Promise<MatchHistory> {
	const [pairs, dismissed] = await Promise.all([
		db.execute(sql`select innovator_id, person_id, status, outcome from introductions`),
		db.select().from(matchDismissals)
	]);
	const history: MatchHistory = { introduced: [], declined: [], dismissed: [], feedback: [] };
	const counts = new Map<string, { ownerId: string; candidateId: string; count: number }>();
	for (const row of rowsOf<{ innovator_id: string; person_id: string; status: string; outcome: string | null }>(pairs)) {
		const pair = { ownerId: row.innovator_id, candidateId: row.person_id };
		if (row.status === 'declined') {
			history.declined.push(pair);
			continue;
		}
		const key = `${pair.ownerId}:${pair.candidateId}`;
		const entry = counts.get(key) ?? { ...pair, count: 0 };
		entry.count++;
		counts.set(key, entry);
		const rating = row.outcome ? OUTCOME_RATING[row.outcome] : undefined;
		if (rating) history.feedback.push({ ...pair, rating });
	}
	history.introduced = [...counts.values()];
	history.dismissed = dismissed.map((d) => ({
		ownerId: d.innovatorId,
		candidateId: d.personId,
		reason: d.reason as z.infer<typeof DismissReasonSchema>,
		note: d.note,
		categories: d.categories,
		themes: d.themes
	}));
	return history;
}

export interface NeedRecord {
	id: string;
	personId: string;
	personName: string;
	engagementId: string | null;
	category: string;
	text: string;
	status: string;
}

/** Open needs (or the ones with these ids) as the engine sees them, with their records. */
export async function loadNeeds(
	db: Db,
	filter: { ids?: string[]; openOnly?: boolean; personId?: string } = {}
): Promise<{ record: NeedRecord; need: MatchNeed }[]> {
	const conditions = [];
	if (filter.ids) conditions.push(inArray(needs.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']));
	if (filter.openOnly) conditions.push(eq(needs.status, 'open'));
	if (filter.personId) conditions.push(eq(needs.personId, filter.personId));
	const rows = await db
		.select({
			need: needs,
			person: { id: people.id, displayName: people.displayName, locale: people.locale, region: people.region },
			initiative: { themes: initiatives.themes, societalNeed: initiatives.societalNeed, stage: initiatives.stage }
		})
		.from(needs)
		.innerJoin(people, eq(people.id, needs.personId))
		.leftJoin(engagements, eq(engagements.id, needs.engagementId))
		.leftJoin(initiatives, eq(initiatives.id, engagements.initiativeId))
		.where(conditions.length ? and(...conditions, isNull(people.erasedAt)) : isNull(people.erasedAt))
		.orderBy(needs.openedAt);
	const ownerIds = [...new Set(rows.filter((r) => !r.initiative).map((r) => r.person.id))];
	const ownThemes = new Map<string, string[]>();
	if (ownerIds.length) {
		const themeRows = await db
			.select({ personId: personTerms.personId, key: taxonomyTerms.key })
			.from(personTerms)
			.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
			.where(and(inArray(personTerms.personId, ownerIds), eq(personTerms.relation, 'theme')));
		for (const row of themeRows) ownThemes.set(row.personId, [...(ownThemes.get(row.personId) ?? []), row.key]);
	}
	return rows.map(({ need, person, initiative }) => ({
		record: {
			id: need.id,
			personId: person.id,
			personName: person.displayName,
			engagementId: need.engagementId,
			category: need.category,
			text: need.text,
			status: need.status
		},
		need: {
			id: need.id,
			ownerId: person.id,
			categories: [need.category],
			themes: (initiative?.themes ?? ownThemes.get(person.id) ?? []).slice(0, 20),
			text: [need.text, initiative?.societalNeed ?? ''].join('\n').slice(0, 10_000),
			stage: (initiative?.stage as MatchNeed['stage']) ?? 'idea',
			languages: [person.locale],
			region: person.region ?? undefined
		}
	}));
}

/** The staff-tuned weights (settings 'matching.weights'), or the defaults. */
export async function loadWeights(db: Db): Promise<MatchWeights> {
	const [row] = await db.select().from(settings).where(eq(settings.key, WEIGHTS_KEY));
	try {
		return resolveWeights(row?.value ?? {});
	} catch {
		return resolveWeights({});
	}
}

const REGIONS: Record<string, [string, string, string]> = {
	flanders: ['Vlaanderen', 'Flandre', 'Flanders'],
	brussels: ['Brussel', 'Bruxelles', 'Brussels'],
	wallonia: ['Wallonië', 'Wallonie', 'Wallonia'],
	abroad: ['buitenland', 'étranger', 'abroad']
};
const COLUMN = { nl: 0, fr: 1, en: 2 } as const;

/** Labels for reasons: the taxonomy's own labels, the directory's regions, the engine's defaults. */
export async function loadLabels(db: Db): Promise<MatchLabels> {
	const terms = await db.select().from(taxonomyTerms);
	const table = new Map<string, [string, string, string]>();
	for (const term of terms) table.set(`${term.kind}:${term.key}`, [term.labelNl, term.labelFr, term.labelEn]);
	return (kind, key, locale: MatchLocale) => {
		if (kind === 'category' || kind === 'theme') {
			const labels = table.get(`${kind}:${key}`);
			if (labels) return labels[COLUMN[locale]].toLowerCase();
		}
		if (kind === 'region' && REGIONS[key]) return REGIONS[key][COLUMN[locale]];
		return defaultMatchLabel(kind, key, locale);
	};
}
