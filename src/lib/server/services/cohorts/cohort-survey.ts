/**
 * The cohort survey (end-of-trajectory feedback, docs/decisions/079-cohort-reports.md).
 * Staff send it: every member not dropped, with an e-mail address and not invited before,
 * gets a personal link in their language (outbox, inside the transaction; only the token's
 * hash is stored). The token holder answers: rating 1–5, would recommend, the sessions
 * that helped most, a comment; one answer per member, which they may change through the
 * same link (the page shows it) as long as they are a member not dropped.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortMembers, cohortSessions } from '../../db/schema/cohorts.ts';
import { cohortSurveyResponses } from '../../db/schema/cohort-surveys.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { generateToken, hashToken } from '../../auth/crypto.ts';
import { publicOrigin } from '../../config.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { CohortSurveyAnswerSchema } from '../../../schemas/cohort-survey.ts';
import { translate } from '../../../i18n/index.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import { cohortById } from './cohort-records.ts';

export function cohortSurveyLink(token: string): string {
	return `${publicOrigin()}/cohort-survey/${token}`;
}

/** Sends the survey to the members not invited yet; a second send reaches only new members. */
export async function sendCohortSurvey(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.manage');
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const members = await tx
			.select({ id: cohortMembers.id, email: people.email, displayName: people.displayName, locale: people.locale, invited: cohortSurveyResponses.memberId })
			.from(cohortMembers)
			.innerJoin(people, eq(people.id, cohortMembers.personId))
			.leftJoin(cohortSurveyResponses, eq(cohortSurveyResponses.memberId, cohortMembers.id))
			.where(and(eq(cohortMembers.cohortId, cohort.id), ne(cohortMembers.status, 'dropped')))
			.orderBy(asc(people.displayName));
		let sent = 0;
		for (const m of members) {
			if (m.invited || !m.email) continue;
			const token = generateToken('cs_');
			await tx.insert(cohortSurveyResponses).values({ memberId: m.id, cohortId: cohort.id, tokenHash: hashToken(token), sentAt: now });
			const l: Locale = isLocale(m.locale) ? m.locale : 'nl';
			const params = { name: m.displayName, cohort: cohort.name, link: cohortSurveyLink(token) };
			await enqueueEmail(tx, {
				to: m.email,
				subject: translate(l, 'cohorts.mail_survey_subject', params),
				text: translate(l, 'cohorts.mail_survey_body', params),
				kind: 'cohort.survey'
			});
			sent++;
		}
		const alreadyInvited = members.filter((m) => m.invited).length;
		const withoutEmail = members.filter((m) => !m.invited && !m.email).map((m) => m.displayName);
		await recordAudit(tx, actor, { action: 'cohort.survey_sent', subjectType: 'cohort', subjectId: cohort.id, after: { sent, alreadyInvited, withoutEmail } });
		return { sent, alreadyInvited, withoutEmail };
	});
}

/** The invitation behind a link, its member (not dropped) and the sessions to choose from. */
export async function readCohortSurvey(db: Db, token: string, locale: Locale = 'nl', now = new Date()) {
	const [row] = token
		? await db
				.select({ response: cohortSurveyResponses, status: cohortMembers.status, name: people.displayName })
				.from(cohortSurveyResponses)
				.innerJoin(cohortMembers, eq(cohortMembers.id, cohortSurveyResponses.memberId))
				.innerJoin(people, eq(people.id, cohortMembers.personId))
				.where(eq(cohortSurveyResponses.tokenHash, hashToken(token)))
		: [];
	if (!row || row.status === 'dropped') throw new AppError('not_found', translate(locale, 'cohorts.surveyNotFound'));
	const cohort = await cohortById(db, row.response.cohortId, locale);
	const sessions = await db
		.select({ id: cohortSessions.id, title: cohortSessions.title, kind: cohortSessions.kind, startsAt: cohortSessions.startsAt })
		.from(cohortSessions)
		.where(eq(cohortSessions.cohortId, cohort.id))
		.orderBy(asc(cohortSessions.startsAt));
	// Sessions held so far; all of them when none is held yet (a survey sent early).
	const held = sessions.filter((s) => s.startsAt.getTime() <= now.getTime());
	const r = row.response;
	return {
		cohort: { id: cohort.id, name: cohort.name },
		name: row.name,
		sessions: held.length ? held : sessions,
		answer: r.answeredAt
			? { rating: r.rating, wouldRecommend: r.wouldRecommend, helpfulSessionIds: r.helpfulSessionIds, comment: r.comment, answeredAt: r.answeredAt }
			: null
	};
}

/** Stores (or replaces) the token holder's answer. */
export async function answerCohortSurvey(db: Db, token: string, input: unknown, locale: Locale = 'nl', now = new Date()) {
	const survey = await readCohortSurvey(db, token, locale, now);
	const data = parseInput(CohortSurveyAnswerSchema, input, locale);
	const known = new Set(survey.sessions.map((s) => s.id));
	if (data.helpfulSessionIds.some((id) => !known.has(id))) {
		throw new ValidationError({ helpfulSessionIds: [translate(locale, 'cohorts.surveySessionInvalid')] }, translate(locale, 'common.formHasErrors'));
	}
	const updated = survey.answer !== null;
	await db
		.update(cohortSurveyResponses)
		.set({ rating: data.rating, wouldRecommend: data.wouldRecommend, helpfulSessionIds: [...new Set(data.helpfulSessionIds)], comment: data.comment, answeredAt: now })
		.where(eq(cohortSurveyResponses.tokenHash, hashToken(token)));
	return { ok: true as const, updated };
}

type Answer = { rating: number | null; wouldRecommend: boolean | null; answeredAt: Date | null };

/** Count, average, distribution and recommendation of some survey rows. */
export function surveyFigures(rows: Answer[]) {
	const answered = rows.filter((r) => r.answeredAt && r.rating !== null);
	return {
		invited: rows.length,
		responses: answered.length,
		average: answered.length ? answered.reduce((s, r) => s + (r.rating ?? 0), 0) / answered.length : null,
		ratings: [1, 2, 3, 4, 5].map((n) => ({ rating: n, n: answered.filter((r) => r.rating === n).length })),
		recommendYes: answered.filter((r) => r.wouldRecommend === true).length,
		recommendNo: answered.filter((r) => r.wouldRecommend === false).length
	};
}

/** The survey part of the cohort report (staff only, through the report's authorization). */
export async function cohortSurveyResults(db: Db, cohortId: string, sessions: { id: string; title: string }[]) {
	const rows = await db
		.select()
		.from(cohortSurveyResponses)
		.where(eq(cohortSurveyResponses.cohortId, cohortId))
		.orderBy(asc(cohortSurveyResponses.answeredAt), asc(cohortSurveyResponses.memberId));
	const answered = rows.filter((r) => r.answeredAt);
	return {
		...surveyFigures(rows),
		helpfulSessions: sessions.map((s) => ({ id: s.id, title: s.title, n: answered.filter((r) => r.helpfulSessionIds.includes(s.id)).length })),
		comments: answered.map((r) => r.comment).filter((c) => c.trim())
	};
}

/** The surveys of several cohorts together (the programme report). */
export async function cohortsSurveyResults(db: Db, cohorts: { id: string; name: string }[]) {
	const ids = cohorts.map((c) => c.id);
	const rows = ids.length
		? await db.select().from(cohortSurveyResponses).where(inArray(cohortSurveyResponses.cohortId, ids)).orderBy(asc(cohortSurveyResponses.answeredAt))
		: [];
	const names = new Map(cohorts.map((c) => [c.id, c.name]));
	return {
		...surveyFigures(rows),
		comments: rows.filter((r) => r.answeredAt && r.comment.trim()).map((r) => ({ cohort: names.get(r.cohortId) ?? '', text: r.comment }))
	};
}

/** Each member's answer (for the attendance CSV): rating, recommendation, comment. */
export async function surveyAnswersByMember(db: Db, cohortId: string) {
	const rows = await db.select().from(cohortSurveyResponses).where(eq(cohortSurveyResponses.cohortId, cohortId));
	return new Map(rows.filter((r) => r.answeredAt).map((r) => [r.memberId, r]));
}

/** The staff survey page: the cohort and how many were invited and answered. */
export async function cohortSurveyStatus(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.read');
	const cohort = await cohortById(db, cohortId, locale);
	const { invited, responses } = surveyFigures(await db.select().from(cohortSurveyResponses).where(eq(cohortSurveyResponses.cohortId, cohort.id)));
	return { cohort: { id: cohort.id, name: cohort.name }, invited, responses };
}
