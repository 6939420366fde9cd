/**
 * After the day: each person rates each of their meetings (1–5, follow-up planned?)
 * through their personal link, from the moment that meeting's round starts (decision
 * 084); six months later staff send a short outcome survey
 * (decision 084) whose answers feed the reports.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adOutcomeSurveys, adParticipants, adRatings } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDate, formatTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { OutcomeSurveySchema, RatingSchema } from '../../../schemas/acceleration-day.ts';
import { findVersion, loadBlocks, loadDay, loadMeetings, loadParticipants, participantByToken, personalLink } from './day-records.ts';

/**
 * The meetings the link holder had in the published timetable, with their rating so far
 * and when each can be rated: from the start of its round (`open` at `now`).
 */
export async function meetingsToRate(db: Db, token: string, locale: Locale = 'nl', now: Date = new Date()) {
	const participant = await participantByToken(db, token, locale);
	const published = await findVersion(db, participant.dayId, 'published');
	const meetings = published ? await loadMeetings(db, published.id) : [];
	const startOf = new Map((await loadBlocks(db, participant.dayId)).filter((b) => b.kind === 'meeting').map((b) => [b.slotNumber ?? 0, b.startsAt]));
	const names = new Map((await loadParticipants(db, participant.dayId)).map((p) => [p.id, p]));
	const ratings = new Map(
		(await db.select().from(adRatings).where(eq(adRatings.raterId, participant.id))).map((r) => [r.counterpartId, r])
	);
	const mine = meetings
		.filter((m) => (participant.side === 'innovator' ? m.innovator : m.chancegiver) === participant.id)
		.map((m) => {
			const counterpartId = participant.side === 'innovator' ? m.chancegiver : m.innovator;
			const rating = ratings.get(counterpartId);
			const opensAt = startOf.get(m.slot) ?? null;
			return {
				counterpartId,
				name: names.get(counterpartId)?.name ?? '',
				slot: m.slot,
				opensAt,
				open: opensAt !== null && opensAt <= now,
				score: rating?.score ?? null,
				followUp: rating?.followUp ?? false,
				comment: rating?.comment ?? ''
			};
		})
		.sort((a, b) => a.slot - b.slot);
	return { participant, meetings: mine };
}

/** Rates one meeting of the link holder; refused (`too_early`) before its round starts. */
export async function rateMeeting(
	db: Db,
	actor: Actor,
	input: { token: string; counterpartId: string; score: number; followUp?: boolean; comment?: string },
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	const data = parseInput(RatingSchema, input, locale);
	const { participant, meetings } = await meetingsToRate(db, input.token, locale, now);
	const meeting = meetings.find((m) => m.counterpartId === data.counterpartId);
	if (!meeting) {
		throw new AppError('validation_failed', translate(locale, 'accelerationDay.notYourMeeting'), {
			fields: { counterpartId: [translate(locale, 'accelerationDay.notYourMeeting')] }
		});
	}
	if (!meeting.open) {
		const at = { date: formatDate(locale, meeting.opensAt), time: formatTime(locale, meeting.opensAt) };
		throw new AppError('too_early', translate(locale, 'accelerationDay.ratingNotOpen', at), { opensAt: meeting.opensAt?.toISOString() ?? null });
	}
	return db.transaction(async (tx) => {
		const values = { score: data.score, followUp: data.followUp, comment: data.comment ?? null };
		await tx
			.insert(adRatings)
			.values({ dayId: participant.dayId, raterId: participant.id, counterpartId: data.counterpartId, ...values })
			.onConflictDoUpdate({ target: [adRatings.raterId, adRatings.counterpartId], set: values });
		await recordAudit(tx, actor, { action: 'accelerationDay.rating', subjectType: 'ad_participant', subjectId: participant.id, after: { counterpartId: data.counterpartId, ...values } });
		return { counterpartId: data.counterpartId, score: data.score, followUp: data.followUp };
	});
}

export async function ratingsOverview(db: Db, actor: Actor, dayId: string, locale: Locale = 'nl') {
	authorize(actor, 'accelerationDay.read');
	const day = await loadDay(db, dayId, locale);
	const names = new Map((await loadParticipants(db, dayId)).map((p) => [p.id, p.name]));
	const rows = await db.select().from(adRatings).where(eq(adRatings.dayId, dayId));
	const surveys = await db
		.select({ survey: adOutcomeSurveys })
		.from(adOutcomeSurveys)
		.innerJoin(adParticipants, eq(adParticipants.id, adOutcomeSurveys.participantId))
		.where(eq(adParticipants.dayId, dayId));
	const answered = surveys.filter((s) => s.survey.answeredAt);
	return {
		day,
		surveyDueAt: sixMonthsAfter(day.date),
		average: rows.length ? rows.reduce((s, r) => s + r.score, 0) / rows.length : null,
		count: rows.length,
		followUps: rows.filter((r) => r.followUp).length,
		ratings: rows.map((r) => ({ rater: names.get(r.raterId) ?? '', counterpart: names.get(r.counterpartId) ?? '', score: r.score, followUp: r.followUp, comment: r.comment })),
		surveys: {
			sent: surveys.filter((s) => s.survey.sentAt).length,
			answered: answered.length,
			funding: answered.filter((s) => s.survey.funding).length,
			advice: answered.filter((s) => s.survey.advice).length,
			partnership: answered.filter((s) => s.survey.partnership).length
		}
	};
}

export function sixMonthsAfter(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1 + 6, d, 8, 0));
}

/**
 * Sends the outcome survey to everyone who took part (registered, not a no-show) and has
 * not received it. Before the due date (six months after the day) only with `early`.
 */
export async function sendOutcomeSurveys(db: Db, actor: Actor, input: { dayId: string; early?: boolean }, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'accelerationDay.manage');
	const day = await loadDay(db, input.dayId, locale);
	const dueAt = sixMonthsAfter(day.date);
	if (now < dueAt && !input.early) {
		throw new AppError('invalid_state', translate(locale, 'accelerationDay.surveyNotDue', { date: day.date }));
	}
	const people = (await loadParticipants(db, input.dayId)).filter((p) => p.status === 'registered' && !p.noShowAt && p.email);
	return db.transaction(async (tx) => {
		const ids = people.map((p) => p.id);
		const already = new Set(
			ids.length
				? (await tx.select().from(adOutcomeSurveys).where(inArray(adOutcomeSurveys.participantId, ids))).filter((s) => s.sentAt).map((s) => s.participantId)
				: []
		);
		let sent = 0;
		for (const p of people) {
			if (already.has(p.id)) continue;
			await tx
				.insert(adOutcomeSurveys)
				.values({ participantId: p.id, dueAt, sentAt: now })
				.onConflictDoUpdate({ target: adOutcomeSurveys.participantId, set: { sentAt: now } });
			await enqueueEmail(tx, {
				to: p.email!,
				kind: 'accelerationDay.outcomeSurvey',
				subject: translate(p.locale, 'accelerationDay.outcomeSubject', { title: day.title }),
				text: translate(p.locale, 'accelerationDay.outcomeBody', { name: p.name, title: day.title, url: `${personalLink(p.token)}/outcome` })
			});
			sent++;
		}
		await recordAudit(tx, actor, { action: 'accelerationDay.outcomeSurvey', subjectType: 'ad_day', subjectId: day.id, after: { sent } });
		return { sent };
	});
}

export async function answerOutcomeSurvey(db: Db, actor: Actor, input: { token: string; funding?: boolean; advice?: boolean; partnership?: boolean; comment?: string }, locale: Locale = 'nl') {
	const participant = await participantByToken(db, input.token, locale);
	const data = parseInput(OutcomeSurveySchema, input, locale);
	const [survey] = await db
		.select()
		.from(adOutcomeSurveys)
		.where(and(eq(adOutcomeSurveys.participantId, participant.id)));
	if (!survey?.sentAt) throw new AppError('invalid_state', translate(locale, 'accelerationDay.surveyNotSent'));
	return db.transaction(async (tx) => {
		await tx
			.update(adOutcomeSurveys)
			.set({ ...data, comment: data.comment ?? null, answeredAt: new Date() })
			.where(eq(adOutcomeSurveys.participantId, participant.id));
		await recordAudit(tx, actor, { action: 'accelerationDay.outcome', subjectType: 'ad_participant', subjectId: participant.id, after: data });
		return { saved: true };
	});
}
