/**
 * The report of one programme (docs/decisions/075-programme-reports.md): per call the
 * applications (submitted, drafts), the decisions and the acceptance rate; who was reached
 * among the applicants and among the accepted (the shared reach helper); the attendance of
 * the programme's cohorts and their surveys added up (decision 079); and the same figures
 * as one CSV.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohorts } from '../../db/schema/cohorts.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { callState, readProgramme, type CallCounts, type CallState } from './manage-programmes.ts';
import { cohortReport } from '../cohorts/cohort-report.ts';
import { applicantSubjects, reachOf, tallyLabel, type Reach } from '../reach/reach.ts';
import { cohortsSurveyResults } from '../cohorts/cohort-survey.ts';

/** Applications that reached the jury: every status but draft. */
export const SUBMITTED_STATUSES = ['submitted', 'accepted', 'waitlisted', 'rejected'] as const;

export interface CallFigures extends CallCounts {
	id: string;
	title: string;
	opensAt: Date;
	closesAt: Date;
	state: CallState;
	/** accepted / submitted; null when nothing was submitted. */
	acceptanceRate: number | null;
}

export interface CohortFigures {
	id: string;
	name: string;
	year: number;
	/** Members not dropped. */
	members: number;
	completed: number;
	sessionsHeld: number;
	/** Present marks over (held sessions × members not dropped), in %. */
	attendance: number;
	/** The cohort survey (decision 079): answers and average rating. */
	surveyResponses: number;
	surveyAverage: number | null;
}

export interface ProgrammeReport {
	programme: { id: string; name: string; kind: string };
	calls: CallFigures[];
	totals: CallCounts & { acceptanceRate: number | null };
	reach: { applicants: Reach; accepted: Reach };
	cohorts: CohortFigures[];
	/** The surveys of the programme's cohorts, added up (decision 079). */
	survey: Awaited<ReturnType<typeof cohortsSurveyResults>>;
}

const rate = (accepted: number, submitted: number) => (submitted ? accepted / submitted : null);

export async function programmeReport(db: Db, actor: Actor, programmeId: string, locale: Locale = 'nl', now = new Date()): Promise<ProgrammeReport> {
	authorize(actor, 'programmes.read');
	const { programme, calls } = await readProgramme(db, actor, programmeId);
	const callFigures = calls.map((c) => ({
		id: c.id,
		title: c.title,
		opensAt: c.opensAt,
		closesAt: c.closesAt,
		state: callState(c, now),
		...c.counts,
		acceptanceRate: rate(c.counts.accepted, c.counts.submitted)
	}));
	const sum = (key: keyof CallCounts) => callFigures.reduce((n, c) => n + c[key], 0);
	const totals = { drafts: sum('drafts'), submitted: sum('submitted'), accepted: sum('accepted'), waitlisted: sum('waitlisted'), rejected: sum('rejected') };
	const applicants = await reachOf(db, applicantSubjects(programme.id, SUBMITTED_STATUSES), locale);
	const accepted = await reachOf(db, applicantSubjects(programme.id, ['accepted']), locale);
	const linked = await db
		.select({ id: cohorts.id })
		.from(cohorts)
		.where(eq(cohorts.programmeId, programme.id))
		.orderBy(asc(cohorts.year), asc(cohorts.name));
	const cohortFigures: CohortFigures[] = [];
	for (const { id } of linked) {
		const r = await cohortReport(db, actor, id, locale, now);
		cohortFigures.push({
			id,
			name: r.cohort.name,
			year: r.cohort.year,
			members: r.members.filter((m) => m.status !== 'dropped').length,
			completed: r.completed,
			sessionsHeld: r.sessions.filter((s) => s.held).length,
			attendance: r.overall,
			surveyResponses: r.survey.responses,
			surveyAverage: r.survey.average
		});
	}
	return {
		programme: { id: programme.id, name: programme.name, kind: programme.kind },
		calls: callFigures,
		totals: { ...totals, acceptanceRate: rate(totals.accepted, totals.submitted) },
		reach: { applicants, accepted },
		cohorts: cohortFigures,
		survey: await cohortsSurveyResults(db, cohortFigures)
	};
}

const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);
/** A mean rating with one decimal (a point: the CSV is read by programs too). */
const average = (x: number | null) => (x === null ? '' : (Math.round(x * 10) / 10).toFixed(1));

/**
 * The report as one CSV (BOM, `;`): one figure per row — section, item, figure, value — so a
 * spreadsheet filters each table by the first column.
 */
export function programmeReportCsv(report: ProgrammeReport, locale: Locale = 'nl'): string {
	const t = (key: string, params?: Record<string, string | number>) => translate(locale, `reports.${key}`, params);
	const rows: string[][] = [];
	for (const c of [...report.calls, { ...report.totals, title: t('allCalls') }]) {
		for (const key of ['submitted', 'drafts', 'accepted', 'waitlisted', 'rejected'] as const) rows.push([t('sectionCall'), c.title, t(`figure_${key}`), String(c[key])]);
		rows.push([t('sectionCall'), c.title, t('figure_acceptanceRate'), pct(c.acceptanceRate)]);
	}
	for (const [group, reach] of [
		['sectionApplicants', report.reach.applicants],
		['sectionAccepted', report.reach.accepted]
	] as const) {
		rows.push([t(group), t('total'), t('people'), String(reach.total)]);
		rows.push([t(group), t('firstTimeContacts'), t('people'), String(reach.firstTime)]);
		for (const [dimension, kind, tallies] of [
			['column_helix', 'helix', reach.helix],
			['column_region', 'region', reach.regions],
			['column_themes', 'theme', reach.themes]
		] as const) {
			for (const row of tallies) rows.push([t(group), t(dimension), tallyLabel(kind, row.key, locale), String(row.n)]);
		}
	}
	for (const c of report.cohorts) {
		const item = `${c.name} (${c.year})`;
		rows.push([t('sectionCohort'), item, t('figure_members'), String(c.members)]);
		rows.push([t('sectionCohort'), item, t('figure_completed'), String(c.completed)]);
		rows.push([t('sectionCohort'), item, t('figure_sessionsHeld'), String(c.sessionsHeld)]);
		rows.push([t('sectionCohort'), item, t('figure_attendance'), `${c.attendance}%`]);
		rows.push([t('sectionCohort'), item, t('figure_responses'), String(c.surveyResponses)]);
		rows.push([t('sectionCohort'), item, t('figure_average'), average(c.surveyAverage)]);
	}
	const s = report.survey;
	const all = t('allCohorts');
	rows.push([t('sectionSurvey'), all, t('figure_invited'), String(s.invited)]);
	rows.push([t('sectionSurvey'), all, t('figure_responses'), String(s.responses)]);
	rows.push([t('sectionSurvey'), all, t('figure_average'), average(s.average)]);
	for (const r of s.ratings) rows.push([t('sectionSurvey'), all, t('figure_rating', { n: r.rating }), String(r.n)]);
	rows.push([t('sectionSurvey'), all, t('figure_recommendYes'), String(s.recommendYes)]);
	rows.push([t('sectionSurvey'), all, t('figure_recommendNo'), String(s.recommendNo)]);
	for (const c of s.comments) rows.push([t('sectionSurvey'), c.cohort, t('figure_comment'), c.text]);
	return writeCsv([t('column_section'), t('column_item'), t('column_figure'), t('column_value')], rows);
}

/** A file name for the CSV: the programme's name in plain letters. */
export function programmeReportFilename(report: ProgrammeReport): string {
	const slug = report.programme.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'programme';
	return `programme-report-${slug}.csv`;
}
