/**
 * Selection (docs/decisions/074-programme-selection.md): staff put reviewers (staff or
 * external jury members with an account) on a call; a reviewer sees the submitted
 * applications of the calls they review, minus those they declared a conflict on, with
 * names hidden when the call is blind; they score on the call's rubric (each criterion
 * 0..max). The ranking normalises scores per reviewer (domain/programmes/ranking.ts);
 * staff decide accepted / waitlisted / rejected with a note, e-mailed to the applicant in
 * their language.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import {
	programmeApplicationFiles,
	programmeApplications,
	programmeCallReviewers,
	programmeCalls,
	programmeConflicts,
	programmeReviews
} from '../../db/schema/programmes.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, ValidationError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { rankApplications, weightedScore, type RankedApplication } from '../../../domain/programmes/ranking.ts';
import { ConflictInputSchema, DecisionInputSchema, ReviewInputSchema, type DecisionInput, type ReviewInput } from '../../../schemas/programmes.ts';
import { translate } from '../../../i18n/index.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import type { CallRow } from './manage-programmes.ts';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

export async function reviewersOf(db: Db, callId: string): Promise<string[]> {
	const rows = await db.select({ userId: programmeCallReviewers.userId }).from(programmeCallReviewers).where(eq(programmeCallReviewers.callId, callId));
	return rows.map((r) => r.userId);
}

async function callById(db: Db, callId: string): Promise<CallRow> {
	if (!isUuid(callId)) throw notFound('Call');
	const [call] = await db.select().from(programmeCalls).where(eq(programmeCalls.id, callId));
	if (!call) throw notFound('Call');
	return call;
}

/**
 * Throws unless the actor is on the call's reviewer list and has no conflict on the
 * application (staff included: scoring needs an invitation). 404, not 403, so that a
 * conflicted reviewer learns nothing about the application.
 */
export async function assertMayReview(db: Db, actor: Actor, callId: string, applicationId: string): Promise<void> {
	if (actor.kind === 'system') return;
	const reviewerUserIds = await reviewersOf(db, callId);
	authorize(actor, 'programmes.review', { reviewerUserIds });
	if (actor.kind !== 'user' || !reviewerUserIds.includes(actor.userId)) throw notFound('Application');
	const [conflict] = await db
		.select({ a: programmeConflicts.applicationId })
		.from(programmeConflicts)
		.where(and(eq(programmeConflicts.applicationId, applicationId), eq(programmeConflicts.reviewerUserId, actor.userId)));
	if (conflict) throw notFound('Application');
}

export async function listReviewers(db: Db, actor: Actor, callId: string) {
	authorize(actor, 'programmes.read');
	await callById(db, callId);
	return db
		.select({ userId: users.id, name: users.name, email: users.email, role: users.role })
		.from(programmeCallReviewers)
		.innerJoin(users, eq(users.id, programmeCallReviewers.userId))
		.where(eq(programmeCallReviewers.callId, callId))
		.orderBy(asc(users.name));
}

/** Puts an existing account on the call's reviewer list (idempotent). */
export async function addReviewer(db: Db, actor: Actor, callId: string, email: string, locale: Locale = 'nl'): Promise<{ userId: string }> {
	authorize(actor, 'programmes.manage');
	await callById(db, callId);
	const address = email.trim().toLowerCase();
	const [user] = await db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.email, address));
	if (!user || user.disabledAt) throw new ValidationError({ email: [translate(locale, 'programmes.reviewerUnknown')] });
	await db.transaction(async (tx) => {
		await tx.insert(programmeCallReviewers).values({ callId, userId: user.id }).onConflictDoNothing();
		await recordAudit(tx, actor, { action: 'programme.reviewer.add', subjectType: 'programme_call', subjectId: callId, after: { userId: user.id } });
	});
	return { userId: user.id };
}

export async function removeReviewer(db: Db, actor: Actor, callId: string, userId: string): Promise<void> {
	authorize(actor, 'programmes.manage');
	if (!isUuid(userId)) throw notFound('Reviewer');
	await db.transaction(async (tx) => {
		await tx.delete(programmeCallReviewers).where(and(eq(programmeCallReviewers.callId, callId), eq(programmeCallReviewers.userId, userId)));
		await recordAudit(tx, actor, { action: 'programme.reviewer.remove', subjectType: 'programme_call', subjectId: callId, before: { userId } });
	});
}

/** Calls the actor reviews. */
export async function listMyReviewCalls(db: Db, actor: Actor) {
	if (actor.kind !== 'user') return [];
	return db
		.select({ id: programmeCalls.id, title: programmeCalls.title, closesAt: programmeCalls.closesAt, blind: programmeCalls.blind })
		.from(programmeCallReviewers)
		.innerJoin(programmeCalls, eq(programmeCalls.id, programmeCallReviewers.callId))
		.where(eq(programmeCallReviewers.userId, actor.userId))
		.orderBy(asc(programmeCalls.closesAt));
}

export interface ReviewItem {
	id: string;
	/** The applicant's name, or "Applicant n" on a blind call. */
	label: string;
	answers: Record<string, string | number>;
	files: { id: string; questionKey: string; filename: string; size: number }[];
	myScores: Record<string, number> | null;
	myComment: string;
}

/**
 * What a reviewer sees of a call: its submitted applications (decided ones too) without
 * those they declared a conflict on, names hidden on a blind call, their own scores.
 */
export async function listApplicationsForReview(
	db: Db,
	actor: Actor,
	callId: string,
	locale: Locale = 'nl'
): Promise<{ call: CallRow; items: ReviewItem[]; conflicts: number }> {
	const call = await callById(db, callId);
	const reviewerUserIds = await reviewersOf(db, callId);
	authorize(actor, 'programmes.review', { reviewerUserIds });
	if (actor.kind !== 'user' || !reviewerUserIds.includes(actor.userId)) throw new AppError('forbidden', 'Not a reviewer of this call');
	const apps = await db
		.select({ id: programmeApplications.id, answers: programmeApplications.answers, name: users.name })
		.from(programmeApplications)
		.innerJoin(users, eq(users.id, programmeApplications.applicantUserId))
		.where(and(eq(programmeApplications.callId, callId), ne(programmeApplications.status, 'draft')))
		.orderBy(asc(programmeApplications.submittedAt), asc(programmeApplications.id));
	const conflicted = new Set(
		(await db.select({ a: programmeConflicts.applicationId }).from(programmeConflicts).where(eq(programmeConflicts.reviewerUserId, actor.userId))).map((r) => r.a)
	);
	const visible = apps.map((a, i) => ({ ...a, n: i + 1 })).filter((a) => !conflicted.has(a.id));
	const ids = visible.map((a) => a.id);
	const files = ids.length
		? await db
				.select({ id: programmeApplicationFiles.id, applicationId: programmeApplicationFiles.applicationId, questionKey: programmeApplicationFiles.questionKey, filename: programmeApplicationFiles.filename, size: programmeApplicationFiles.size })
				.from(programmeApplicationFiles)
				.where(inArray(programmeApplicationFiles.applicationId, ids))
		: [];
	const mine = ids.length
		? await db
				.select()
				.from(programmeReviews)
				.where(and(eq(programmeReviews.reviewerUserId, actor.userId), inArray(programmeReviews.applicationId, ids)))
		: [];
	const items = visible.map((a) => {
		const review = mine.find((r) => r.applicationId === a.id);
		return {
			id: a.id,
			label: call.blind ? translate(locale, 'programmes.hiddenName', { n: a.n }) : a.name,
			answers: a.answers,
			files: files.filter((f) => f.applicationId === a.id).map(({ applicationId: _, ...f }) => f),
			myScores: review?.scores ?? null,
			myComment: review?.comment ?? ''
		};
	});
	return { call, items, conflicts: apps.length - visible.length };
}

async function applicationById(db: Db, applicationId: string) {
	if (!isUuid(applicationId)) throw notFound('Application');
	const [row] = await db.select().from(programmeApplications).where(eq(programmeApplications.id, applicationId));
	if (!row) throw notFound('Application');
	return row;
}

/** The reviewer declares a conflict: they no longer see or score it; an earlier score of theirs is dropped. */
export async function declareConflict(db: Db, actor: Actor, applicationId: string, input: { reason?: string } = {}, locale: Locale = 'nl'): Promise<void> {
	const data = parseInput(ConflictInputSchema, input, locale);
	const application = await applicationById(db, applicationId);
	await assertMayReview(db, actor, application.callId, applicationId);
	if (actor.kind !== 'user') throw new AppError('forbidden', 'Only a reviewer declares a conflict');
	await db.transaction(async (tx) => {
		await tx.insert(programmeConflicts).values({ applicationId, reviewerUserId: actor.userId, reason: data.reason }).onConflictDoNothing();
		await tx.delete(programmeReviews).where(and(eq(programmeReviews.applicationId, applicationId), eq(programmeReviews.reviewerUserId, actor.userId)));
		await recordAudit(tx, actor, { action: 'programme.conflict.declare', subjectType: 'programme_application', subjectId: applicationId, after: { reason: data.reason } });
	});
}

/** Scores an application on the call's rubric: every criterion, 0..max. */
export async function saveReview(db: Db, actor: Actor, applicationId: string, input: ReviewInput, locale: Locale = 'nl'): Promise<void> {
	const data = parseInput(ReviewInputSchema, input, locale);
	const application = await applicationById(db, applicationId);
	await assertMayReview(db, actor, application.callId, applicationId);
	if (actor.kind !== 'user') throw new AppError('forbidden', 'Only a reviewer scores');
	if (application.status === 'draft') throw notFound('Application');
	const call = await callById(db, application.callId);
	const fields: Record<string, string[]> = {};
	const scores: Record<string, number> = {};
	for (const c of call.criteria) {
		const s = data.scores[c.key];
		if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > c.max) fields[`scores.${c.key}`] = [translate(locale, 'programmes.scoreOutOfRange', { max: c.max })];
		else scores[c.key] = s;
	}
	if (Object.keys(fields).length) throw new ValidationError(fields);
	if (weightedScore(call.criteria, scores) === null) throw new AppError('unprocessable', 'The call has no rubric to score on');
	await db.transaction(async (tx) => {
		await tx
			.insert(programmeReviews)
			.values({ applicationId, reviewerUserId: actor.userId, scores, comment: data.comment, updatedAt: new Date() })
			.onConflictDoUpdate({
				target: [programmeReviews.applicationId, programmeReviews.reviewerUserId],
				set: { scores, comment: data.comment, updatedAt: new Date() }
			});
		await recordAudit(tx, actor, { action: 'programme.review.save', subjectType: 'programme_application', subjectId: applicationId, after: { scores } });
	});
}

export interface RankingRow extends RankedApplication {
	name: string;
	email: string;
	status: string;
	decisionNote: string | null;
	version: number;
}

/** The ranking of a call's submitted applications, normalised per reviewer (staff). */
export async function rankCall(db: Db, actor: Actor, callId: string): Promise<{ call: CallRow; rows: RankingRow[]; reviewers: number }> {
	authorize(actor, 'programmes.read');
	const call = await callById(db, callId);
	const apps = await db
		.select({ id: programmeApplications.id, name: users.name, email: users.email, status: programmeApplications.status, decisionNote: programmeApplications.decisionNote, version: programmeApplications.version })
		.from(programmeApplications)
		.innerJoin(users, eq(users.id, programmeApplications.applicantUserId))
		.where(and(eq(programmeApplications.callId, callId), ne(programmeApplications.status, 'draft')));
	const ids = apps.map((a) => a.id);
	const reviews = ids.length ? await db.select().from(programmeReviews).where(inArray(programmeReviews.applicationId, ids)) : [];
	const conflicts = ids.length ? await db.select().from(programmeConflicts).where(inArray(programmeConflicts.applicationId, ids)) : [];
	const ranked = rankApplications(
		ids,
		call.criteria,
		reviews.map((r) => ({ reviewerId: r.reviewerUserId, applicationId: r.applicationId, scores: r.scores })),
		conflicts.map((c) => ({ reviewerId: c.reviewerUserId, applicationId: c.applicationId }))
	);
	const byId = new Map(apps.map((a) => [a.id, a]));
	const rows = ranked.map((r) => {
		const a = byId.get(r.applicationId)!;
		return { ...r, name: a.name, email: a.email, status: a.status, decisionNote: a.decisionNote, version: a.version };
	});
	return { call, rows, reviewers: new Set(reviews.map((r) => r.reviewerUserId)).size };
}

/** The jury's decision on a submitted application, e-mailed to the applicant in their language. */
export async function decideApplication(
	db: Db,
	actor: Actor,
	applicationId: string,
	input: DecisionInput,
	locale: Locale = 'nl'
): Promise<{ id: string; status: string; version: number }> {
	authorize(actor, 'programmes.manage');
	const data = parseInput(DecisionInputSchema, input, locale);
	if (!isUuid(applicationId)) throw notFound('Application');
	return db.transaction(async (tx) => {
		const [app] = await tx.select().from(programmeApplications).where(eq(programmeApplications.id, applicationId)).for('update');
		if (!app) throw notFound('Application');
		if (app.status === 'draft') throw new AppError('invalid_state', 'A draft cannot be decided');
		const [call] = await tx.select().from(programmeCalls).where(eq(programmeCalls.id, app.callId));
		const now = new Date();
		const [row] = await tx
			.update(programmeApplications)
			.set({ status: data.status, decisionNote: data.note || null, decidedAt: now, updatedAt: now, version: app.version + 1 })
			.where(eq(programmeApplications.id, applicationId))
			.returning({ id: programmeApplications.id, status: programmeApplications.status, version: programmeApplications.version });
		const [u] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, app.applicantUserId));
		const l: Locale = isLocale(u.locale) ? u.locale : 'nl';
		await enqueueEmail(tx, {
			to: u.email,
			subject: translate(l, 'programmes.mailDecisionSubject', { title: call.title }),
			text: translate(l, `programmes.mailDecision_${data.status}`, { title: call.title, name: u.name, note: data.note }),
			kind: 'programme.decision'
		});
		await recordAudit(tx, actor, { action: 'programme.application.decide', subjectType: 'programme_application', subjectId: applicationId, before: { status: app.status }, after: data });
		return row;
	});
}
