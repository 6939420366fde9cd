/**
 * The report of one event: registrations, attendance, who was reached (helix of their
 * organisation, themes, region, first-time contacts — through the directory record linked
 * by e-mail) and the survey; and the registrations as CSV.
 *
 * A first-time contact (docs/decisions/071-event-pages-and-reports.md): a live registration
 * whose e-mail had no earlier live registration at another event, and whose directory record
 * (if any) did not exist before the registration.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { listRegistrations, readEvent } from './read-events.ts';

export interface Tally {
	key: string;
	n: number;
}

export async function eventReport(db: Db, actor: Actor, eventId: string, locale: Locale = 'nl') {
	authorize(actor, 'events.read');
	const summary = await readEvent(db, actor, eventId, locale);
	const id = summary.id;
	const live = sql`r.event_id = ${id} and r.status <> 'cancelled'`;
	const [reach] = rowsOf<{ linked: number; firstTime: number; total: number }>(
		await db.execute(sql`
			select count(*)::int as total,
				count(r.person_id)::int as linked,
				count(*) filter (where
					not exists (select 1 from event_registrations r2 where lower(r2.email) = lower(r.email)
						and r2.event_id <> r.event_id and r2.status <> 'cancelled' and r2.created_at < r.created_at)
					and (r.person_id is null or (select p.created_at from people p where p.id = r.person_id) >= r.created_at - interval '1 minute')
				)::int as "firstTime"
			from event_registrations r where ${live}`)
	);
	const regions = rowsOf<Tally>(
		await db.execute(sql`
			select coalesce(p.region, '') as key, count(*)::int as n
			from event_registrations r left join people p on p.id = r.person_id
			where ${live} group by 1 order by 2 desc, 1`)
	);
	const helix = rowsOf<Tally>(
		await db.execute(sql`
			select coalesce(h.helix, '') as key, count(*)::int as n
			from event_registrations r
			left join lateral (
				select o.helix from person_organisations po join organisations o on o.id = po.organisation_id
				where po.person_id = r.person_id and o.helix is not null order by po.created_at limit 1
			) h on true
			where ${live} group by 1 order by 2 desc, 1`)
	);
	const label = locale === 'fr' ? sql`t.label_fr` : locale === 'en' ? sql`t.label_en` : sql`t.label_nl`;
	const themes = rowsOf<Tally>(
		await db.execute(sql`
			select ${label} as key, count(distinct r.id)::int as n
			from event_registrations r
			join person_terms pt on pt.person_id = r.person_id and pt.relation = 'theme'
			join taxonomy_terms t on t.id = pt.term_id
			where ${live} group by 1 order by 2 desc, 1 limit 20`)
	);
	const surveyRows = rowsOf<{ rating: number; wouldRecommend: boolean | null; comment: string }>(
		await db.execute(sql`
			select rating, would_recommend as "wouldRecommend", comment from event_survey_responses
			where event_id = ${id} order by created_at`)
	);
	const ratings = [1, 2, 3, 4, 5].map((n) => ({ rating: n, n: surveyRows.filter((r) => r.rating === n).length }));
	const survey = {
		responses: surveyRows.length,
		average: surveyRows.length ? surveyRows.reduce((s, r) => s + r.rating, 0) / surveyRows.length : null,
		ratings,
		recommendYes: surveyRows.filter((r) => r.wouldRecommend === true).length,
		recommendNo: surveyRows.filter((r) => r.wouldRecommend === false).length,
		comments: surveyRows.map((r) => r.comment).filter((c) => c.trim())
	};
	return {
		summary,
		attendanceRate: summary.confirmed ? summary.checkedIn / summary.confirmed : null,
		reach: { ...reach, regions, helix, themes },
		survey
	};
}

/** The registrations of an event as CSV (Excel-friendly), in the staff member's language. */
export async function eventRegistrationsCsv(db: Db, actor: Actor, eventId: string, locale: Locale = 'nl'): Promise<string> {
	const { event, registrations } = await listRegistrations(db, actor, eventId, {}, locale);
	const questionKeys = event.questions.map((q) => q.key);
	const t = (key: string) => translate(locale, key);
	const headers = [
		'#',
		t('events.name'),
		t('events.email'),
		t('events.statusColumn'),
		t('events.workshop'),
		...event.questions.map((q) => q.label[locale]),
		t('events.checkedIn'),
		t('events.code'),
		t('events.registeredAt'),
		t('events.language')
	];
	const rows = registrations.map((r) => [
		String(r.seq),
		r.name,
		r.email,
		t(`events.status_${r.status}`),
		r.workshops.map((w) => `${w.title} (${t(`events.status_${w.status}`)})`).join(', '),
		...questionKeys.map((k) => r.answers[k] ?? ''),
		r.checkedInAt ? r.checkedInAt.toISOString() : '',
		r.checkinCode,
		r.createdAt.toISOString(),
		r.locale
	]);
	return writeCsv(headers, rows);
}
