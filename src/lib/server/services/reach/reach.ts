/**
 * Who was reached — one definition for the programme, cohort and event reports
 * (docs/decisions/075-programme-reports.md).
 *
 * A report names its "reached" records with a subject query (`ref`, `person_id`, `email`,
 * `at`): the event's live registrations, the cohort's members, the programme's applicants.
 * For each record this helper finds the directory person's helix (their first organisation
 * with a helix), region (the person's, else their first organisation's with a region),
 * themes (taxonomy `theme` terms) and whether the record is a **first-time contact**: the
 * person had no earlier contact with sif before `at` —
 *   - no engagement requested earlier (intake),
 *   - no earlier live (not cancelled) event registration, by the person or the same e-mail,
 *   - no earlier cohort membership,
 *   - no earlier submitted programme application, by the person, their account or the same e-mail,
 *   - and no directory record made more than a day before `at` (a record made the same day
 *     is the paperwork of this contact; an older one means sif already knew them).
 * So every person is a first-time contact at most once: at their earliest record.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';

export interface Tally {
	key: string;
	n: number;
}

/** What is known of one reached record. */
export interface ReachRecord {
	ref: string;
	personId: string | null;
	helix: string | null;
	region: string | null;
	/** Theme labels in the report's language, sorted. */
	themes: string[];
	firstTime: boolean;
}

export interface Reach {
	total: number;
	/** Records linked to a directory person. */
	linked: number;
	firstTime: number;
	helix: Tally[];
	regions: Tally[];
	themes: Tally[];
}

/** A directory person found by e-mail (lowercased), not merged away. */
const personByEmail = (email: SQL) =>
	sql`(select p.id from people p where p.email = lower(${email}) and p.merged_into_id is null limit 1)`;

/** The live (not cancelled) registrations of an event. */
export function eventSubjects(eventId: string): SQL {
	return sql`select r.id::text as ref, coalesce(r.person_id, ${personByEmail(sql`r.email`)}) as person_id,
		lower(r.email) as email, r.created_at as at
		from event_registrations r where r.event_id = ${eventId} and r.status <> 'cancelled'`;
}

/** Every member of a cohort (dropped ones too: they were reached). */
export function cohortSubjects(cohortId: string): SQL {
	return sql`select m.id::text as ref, m.person_id as person_id, p.email as email, m.added_at as at
		from cohort_members m join people p on p.id = m.person_id where m.cohort_id = ${cohortId}`;
}

/**
 * The applicants of a programme's calls whose application has one of `statuses`, once per
 * applicant (their first submitted application counts).
 */
export function applicantSubjects(programmeId: string, statuses: readonly string[]): SQL {
	const list = sql.join(
		statuses.map((s) => sql`${s}`),
		sql`, `
	);
	return sql`select distinct on (a.applicant_user_id) a.id::text as ref,
		coalesce(a.person_id, (select p.id from people p where p.user_id = a.applicant_user_id limit 1), ${personByEmail(sql`u.email`)}) as person_id,
		lower(u.email) as email, coalesce(a.submitted_at, a.created_at) as at
		from programme_applications a
		join programme_calls c on c.id = a.call_id
		join users u on u.id = a.applicant_user_id
		where c.programme_id = ${programmeId} and a.status in (${list})
		order by a.applicant_user_id, coalesce(a.submitted_at, a.created_at), a.id`;
}

/** Helix, region, themes and first-time contact of each record of `subjects`. */
export async function reachRecords(db: Db, subjects: SQL, locale: Locale = 'nl'): Promise<ReachRecord[]> {
	const label = locale === 'fr' ? sql`t.label_fr` : locale === 'en' ? sql`t.label_en` : sql`t.label_nl`;
	const rows = rowsOf<{ ref: string; personId: string | null; helix: string | null; region: string | null; themes: string | null; firstTime: boolean }>(
		await db.execute(sql`
			with s as (${subjects}),
			person_first as (
				select person_id, min(at) as at from (
					select e.person_id, e.requested_at as at from engagements e
					union all
					select r.person_id, r.created_at from event_registrations r where r.status <> 'cancelled' and r.person_id is not null
					union all
					select m.person_id, m.added_at from cohort_members m
					union all
					select coalesce(a.person_id, pu.id), a.submitted_at from programme_applications a
						left join people pu on pu.user_id = a.applicant_user_id
						where a.status <> 'draft' and a.submitted_at is not null
				) c where person_id in (select person_id from s) group by person_id
			),
			email_first as (
				select email, min(at) as at from (
					select lower(r.email) as email, r.created_at as at from event_registrations r where r.status <> 'cancelled'
					union all
					select lower(u.email), a.submitted_at from programme_applications a join users u on u.id = a.applicant_user_id
						where a.status <> 'draft' and a.submitted_at is not null
				) c where email in (select email from s) group by email
			)
			select s.ref, s.person_id as "personId", h.helix, coalesce(p.region, o.region) as region, th.themes,
				(coalesce(pf.at >= s.at, true) and coalesce(ef.at >= s.at, true)
					and (p.id is null or p.created_at >= s.at - interval '1 day')) as "firstTime"
			from s
			left join people p on p.id = s.person_id
			left join person_first pf on pf.person_id = s.person_id
			left join email_first ef on ef.email = s.email
			left join lateral (
				select o.helix from person_organisations po join organisations o on o.id = po.organisation_id
				where po.person_id = s.person_id and o.helix is not null order by po.created_at, o.name limit 1
			) h on true
			left join lateral (
				select o.region from person_organisations po join organisations o on o.id = po.organisation_id
				where po.person_id = s.person_id and o.region is not null order by po.created_at, o.name limit 1
			) o on true
			left join lateral (
				select string_agg(${label}, chr(31) order by ${label}) as themes
				from person_terms pt join taxonomy_terms t on t.id = pt.term_id
				where pt.person_id = s.person_id and pt.relation = 'theme'
			) th on true
			order by s.ref`)
	);
	return rows.map((r) => ({
		ref: r.ref,
		personId: r.personId,
		helix: r.helix,
		region: r.region,
		themes: r.themes ? r.themes.split('\u001f') : [],
		firstTime: r.firstTime === true
	}));
}

function tally(keys: string[]): Tally[] {
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return [...counts].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

/** The counts of a report: helix and region ('' = unknown), themes (top 20), first-time contacts. */
export function tallyReach(records: ReachRecord[]): Reach {
	return {
		total: records.length,
		linked: records.filter((r) => r.personId).length,
		firstTime: records.filter((r) => r.firstTime).length,
		helix: tally(records.map((r) => r.helix ?? '')),
		regions: tally(records.map((r) => r.region ?? '')),
		themes: tally(records.flatMap((r) => r.themes)).slice(0, 20)
	};
}

/** `reachRecords` then `tallyReach`. */
export async function reachOf(db: Db, subjects: SQL, locale: Locale = 'nl'): Promise<Reach> {
	return tallyReach(await reachRecords(db, subjects, locale));
}

/** The reach columns of a CSV row, headers first, in the reader's language. */
export function reachCsvHeaders(locale: Locale): string[] {
	return ['helix', 'region', 'themes', 'firstTime'].map((k) => translate(locale, `reports.column_${k}`));
}

export function reachCsvCells(record: ReachRecord | undefined, locale: Locale): string[] {
	if (!record) return ['', '', '', ''];
	return [
		record.helix ? translate(locale, `people.helix_${record.helix}`) : '',
		record.region ? translate(locale, `people.region_${record.region}`) : '',
		record.themes.join(', '),
		translate(locale, record.firstTime ? 'reports.yes' : 'reports.no')
	];
}

/** A tally's label: helix and region keys translated, '' as "unknown", themes as they are. */
export function tallyLabel(kind: 'helix' | 'region' | 'theme', key: string, locale: Locale): string {
	if (!key) return translate(locale, 'reports.unknown');
	if (kind === 'helix') return translate(locale, `people.helix_${key}`);
	if (kind === 'region') return translate(locale, `people.region_${key}`);
	return key;
}
