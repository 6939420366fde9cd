/**
 * The report of one cohort: attendance rate per session (of the members not dropped) and
 * per member (of the sessions held), who was reached (helix of their organisation, themes,
 * region, first-time contacts — the shared reach helper, docs/decisions/075-programme-reports.md);
 * the survey (decision 079: count, average, distribution, sessions that helped, comments);
 * and the attendance matrix as CSV, with the same reach columns and the survey answer per member.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { percent } from '../../../domain/cohorts/progress.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { readCohort } from './read-cohorts.ts';
import { cohortSubjects, reachCsvCells, reachCsvHeaders, reachOf, reachRecords } from '../reach/reach.ts';
import { cohortSurveyResults, surveyAnswersByMember } from './cohort-survey.ts';

export type { Tally } from '../reach/reach.ts';

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
	const reach = await reachOf(db, cohortSubjects(id), locale);
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
		reach,
		survey: await cohortSurveyResults(db, id, view.sessions)
	};
}

/** Attendance per member and session as CSV, in the staff member's language. */
export async function cohortAttendanceCsv(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.read');
	const view = await readCohort(db, actor, cohortId, locale, now);
	const reach = new Map((await reachRecords(db, cohortSubjects(view.cohort.id), locale)).map((r) => [r.ref, r]));
	const t = (key: string) => translate(locale, key);
	const headers = [
		t('cohorts.member'),
		t('cohorts.email'),
		t('cohorts.status'),
		...view.sessions.map((s) => `${s.title} (${formatDateTime(locale, s.startsAt)})`),
		t('cohorts.attended'),
		t('cohorts.rate'),
		...reachCsvHeaders(locale),
		`${t('cohorts.csvSurvey')}: ${t('cohorts.surveyRating')}`,
		`${t('cohorts.csvSurvey')}: ${t('cohorts.surveyRecommend')}`,
		`${t('cohorts.csvSurvey')}: ${t('cohorts.surveyComment')}`
	];
	const answers = await surveyAnswersByMember(db, view.cohort.id);
	const yesNo = (v: boolean | null | undefined) => (v === true ? t('cohorts.yes') : v === false ? t('cohorts.no') : '');
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
		`${percent(m.progress.attended, m.progress.held)}%`,
		...reachCsvCells(reach.get(m.id), locale),
		String(answers.get(m.id)?.rating ?? ''),
		yesNo(answers.get(m.id)?.wouldRecommend),
		answers.get(m.id)?.comment ?? ''
	]);
	return { csv: writeCsv(headers, rows), filename: `cohort-${view.cohort.year}-${view.cohort.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.csv` };
}
