/**
 * The report of one cohort: attendance rate per session (of the members not dropped) and
 * per member (of the sessions held), who was reached (helix of their organisation, themes,
 * region); and the attendance matrix as CSV.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { percent } from '../../../domain/cohorts/progress.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { readCohort } from './read-cohorts.ts';

export interface Tally {
	key: string;
	n: number;
}

export async function cohortReport(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.read');
	const view = await readCohort(db, actor, cohortId, locale, now);
	const id = view.cohort.id;
	const counted = view.members.filter((m) => m.status !== 'dropped');
	const countedIds = new Set(counted.map((m) => m.id));
	const sessions = view.sessions.map((s) => {
		const present = view.attendance.filter((a) => a.sessionId === s.id && a.present && countedIds.has(a.memberId)).length;
		return { id: s.id, title: s.title, kind: s.kind, startsAt: s.startsAt, held: s.held, present, of: counted.length, rate: percent(present, counted.length) };
	});
	const members = view.members.map((m) => ({
		id: m.id,
		displayName: m.displayName,
		status: m.status,
		attended: m.progress.attended,
		held: m.progress.held,
		rate: percent(m.progress.attended, m.progress.held)
	}));
	const regions = rowsOf<Tally>(
		await db.execute(sql`
			select coalesce(p.region, '') as key, count(*)::int as n
			from cohort_members m join people p on p.id = m.person_id
			where m.cohort_id = ${id} group by 1 order by 2 desc, 1`)
	);
	const helix = rowsOf<Tally>(
		await db.execute(sql`
			select coalesce(h.helix, '') as key, count(*)::int as n
			from cohort_members m
			left join lateral (
				select o.helix from person_organisations po join organisations o on o.id = po.organisation_id
				where po.person_id = m.person_id and o.helix is not null order by po.created_at limit 1
			) h on true
			where m.cohort_id = ${id} group by 1 order by 2 desc, 1`)
	);
	const label = locale === 'fr' ? sql`t.label_fr` : locale === 'en' ? sql`t.label_en` : sql`t.label_nl`;
	const themes = rowsOf<Tally>(
		await db.execute(sql`
			select ${label} as key, count(distinct m.id)::int as n
			from cohort_members m
			join person_terms pt on pt.person_id = m.person_id and pt.relation = 'theme'
			join taxonomy_terms t on t.id = pt.term_id
			where m.cohort_id = ${id} group by 1 order by 2 desc, 1 limit 20`)
	);
	const heldSessions = sessions.filter((s) => s.held);
	const overall = percent(
		heldSessions.reduce((sum, s) => sum + s.present, 0),
		heldSessions.reduce((sum, s) => sum + s.of, 0)
	);
	return {
		cohort: view.cohort,
		sessions,
		members,
		overall,
		completed: view.members.filter((m) => m.status === 'completed').length,
		reach: { total: view.members.length, regions, helix, themes }
	};
}

/** Attendance per member and session as CSV, in the staff member's language. */
export async function cohortAttendanceCsv(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.read');
	const view = await readCohort(db, actor, cohortId, locale, now);
	const t = (key: string) => translate(locale, key);
	const headers = [
		t('cohorts.member'),
		t('cohorts.email'),
		t('cohorts.status'),
		...view.sessions.map((s) => `${s.title} (${formatDateTime(locale, s.startsAt)})`),
		t('cohorts.attended'),
		t('cohorts.rate')
	];
	const mark = (memberId: string, sessionId: string) => {
		const a = view.attendance.find((x) => x.memberId === memberId && x.sessionId === sessionId);
		return a ? (a.present ? t('cohorts.presentShort') : t('cohorts.absentShort')) : '';
	};
	const rows = view.members.map((m) => [
		m.displayName,
		m.email ?? '',
		t(`cohorts.status_${m.status}`),
		...view.sessions.map((s) => mark(m.id, s.id)),
		`${m.progress.attended}/${m.progress.held}`,
		`${percent(m.progress.attended, m.progress.held)}%`
	]);
	return { csv: writeCsv(headers, rows), filename: `cohort-${view.cohort.year}-${view.cohort.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.csv` };
}
