/**
 * The report of one event: registrations, attendance, who was reached (helix of their
 * organisation, themes, region, first-time contacts — through the directory record linked
 * by e-mail) and the survey; and the registrations as CSV.
 *
 * Who was reached comes from the shared reach helper (docs/decisions/075-programme-reports.md):
 * the same helix, region, theme and first-time-contact definitions as the cohort and
 * programme reports.
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
import { eventSubjects, reachCsvCells, reachCsvHeaders, reachOf, reachRecords } from '../reach/reach.ts';

export type { Tally } from '../reach/reach.ts';

export async function eventReport(db: Db, actor: Actor, eventId: string, locale: Locale = 'nl') {
	authorize(actor, 'events.read');
	const summary = await readEvent(db, actor, eventId, locale);
	const id = summary.id;
	const reach = await reachOf(db, eventSubjects(id), locale);
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
		reach,
		survey
	};
}

/** The registrations of an event as CSV (Excel-friendly), in the staff member's language. */
export async function eventRegistrationsCsv(db: Db, actor: Actor, eventId: string, locale: Locale = 'nl'): Promise<string> {
	const { event, registrations } = await listRegistrations(db, actor, eventId, {}, locale);
	const reach = new Map((await reachRecords(db, eventSubjects(event.id), locale)).map((r) => [r.ref, r]));
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
		t('events.language'),
		...reachCsvHeaders(locale)
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
		r.locale,
		...reachCsvCells(reach.get(r.id), locale)
	]);
	return writeCsv(headers, rows);
}
