/**
 * Applying to a call (docs/decisions/073-programme-calls.md): a signed-in person (any
 * role; innovators in practice) keeps one application per call, saves drafts while the
 * call is open and submits once; submission is confirmed by e-mail in the applicant's
 * language. A closed (or not yet open) call refuses drafts, uploads and submissions.
 * Applicants see only their own application; files are stored in the database (≤ 5 MB).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import {
	PROGRAMME_FILE_LIMIT,
	programmeApplicationFiles,
	programmeApplications,
	programmeCalls,
	programmes
} from '../../db/schema/programmes.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, ValidationError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { checkAnswers, type AnswerProblem } from '../../../domain/programmes/answers.ts';
import { acceptedFileType } from '../../../domain/programmes/files.ts';
import { translate } from '../../../i18n/index.ts';
import { isLocale, type Locale } from '../../../i18n/core.ts';
import { callState, type CallRow } from './manage-programmes.ts';
import { assertMayReview } from './selection.ts';
import { AnswersSchema } from '../../../schemas/programmes.ts';
import { parseInput } from '../../validation.ts';

export type ApplicationRow = typeof programmeApplications.$inferSelect;
export interface FileMeta {
	id: string;
	questionKey: string;
	filename: string;
	contentType: string;
	size: number;
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

function userOf(actor: Actor): Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') throw new AppError('forbidden', 'Applying needs a signed-in account');
	return actor;
}

const problemKey: Record<AnswerProblem, string> = {
	required: 'programmes.answerRequired',
	choice: 'programmes.answerChoice',
	budget: 'programmes.answerBudget',
	tooLong: 'programmes.answerTooLong'
};

function refuseUnlessOpen(call: CallRow, now: Date, locale: Locale) {
	const state = callState(call, now);
	if (state === 'closed') throw new AppError('invalid_state', translate(locale, 'programmes.callClosed'));
	if (state === 'upcoming') throw new AppError('invalid_state', translate(locale, 'programmes.callNotOpen'));
}

async function lockCall(tx: Db, callId: string): Promise<CallRow> {
	if (!isUuid(callId)) throw notFound('Call');
	const [call] = await tx.select().from(programmeCalls).where(eq(programmeCalls.id, callId));
	if (!call) throw notFound('Call');
	return call;
}

async function filesOf(db: Db, applicationId: string): Promise<FileMeta[]> {
	return db
		.select({
			id: programmeApplicationFiles.id,
			questionKey: programmeApplicationFiles.questionKey,
			filename: programmeApplicationFiles.filename,
			contentType: programmeApplicationFiles.contentType,
			size: programmeApplicationFiles.size
		})
		.from(programmeApplicationFiles)
		.where(eq(programmeApplicationFiles.applicationId, applicationId));
}

/** The actor's own application to a call, or null. */
export async function readMyApplication(
	db: Db,
	actor: Actor,
	callId: string
): Promise<{ application: ApplicationRow; files: FileMeta[] } | null> {
	authorize(actor, 'programmes.apply');
	const user = userOf(actor);
	if (!isUuid(callId)) throw notFound('Call');
	const [application] = await db
		.select()
		.from(programmeApplications)
		.where(and(eq(programmeApplications.callId, callId), eq(programmeApplications.applicantUserId, user.userId)));
	if (!application) return null;
	return { application, files: await filesOf(db, application.id) };
}

export async function listMyApplications(db: Db, actor: Actor) {
	authorize(actor, 'programmes.apply');
	const user = userOf(actor);
	return db
		.select({
			id: programmeApplications.id,
			callId: programmeApplications.callId,
			status: programmeApplications.status,
			submittedAt: programmeApplications.submittedAt,
			callTitle: programmeCalls.title,
			programmeName: programmes.name
		})
		.from(programmeApplications)
		.innerJoin(programmeCalls, eq(programmeCalls.id, programmeApplications.callId))
		.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
		.where(eq(programmeApplications.applicantUserId, user.userId))
		.orderBy(desc(programmeApplications.updatedAt));
}

async function ensureDraft(tx: Db, call: CallRow, userId: string): Promise<ApplicationRow> {
	const [existing] = await tx
		.select()
		.from(programmeApplications)
		.where(and(eq(programmeApplications.callId, call.id), eq(programmeApplications.applicantUserId, userId)))
		.for('update');
	if (existing) return existing;
	const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.userId, userId)).limit(1);
	await tx
		.insert(programmeApplications)
		.values({ callId: call.id, applicantUserId: userId, personId: person?.id ?? null })
		.onConflictDoNothing();
	const [row] = await tx
		.select()
		.from(programmeApplications)
		.where(and(eq(programmeApplications.callId, call.id), eq(programmeApplications.applicantUserId, userId)))
		.for('update');
	return row;
}

export interface SaveApplicationOptions {
	submit?: boolean;
	now?: Date;
}

/** Saves the draft (creating it on first save) and, with `submit`, submits it. */
export async function saveApplication(
	db: Db,
	actor: Actor,
	callId: string,
	rawAnswers: Record<string, unknown>,
	locale: Locale = 'nl',
	options: SaveApplicationOptions = {}
): Promise<{ id: string; status: ApplicationRow['status']; version: number }> {
	authorize(actor, 'programmes.apply');
	const user = userOf(actor);
	const now = options.now ?? new Date();
	parseInput(AnswersSchema, rawAnswers, locale);
	return db.transaction(async (tx) => {
		const call = await lockCall(tx, callId);
		refuseUnlessOpen(call, now, locale);
		const application = await ensureDraft(tx, call, user.userId);
		if (application.status !== 'draft') throw new AppError('invalid_state', translate(locale, 'programmes.alreadySubmitted'));
		const files = await filesOf(tx, application.id);
		const merged: Record<string, unknown> = { ...rawAnswers };
		for (const f of files) merged[f.questionKey] = f.filename;
		const { answers, problems } = checkAnswers(call.questions, merged, options.submit ? 'submit' : 'draft');
		if (Object.keys(problems).length) {
			throw new ValidationError(
				Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, [translate(locale, problemKey[p])]]))
			);
		}
		const status = options.submit ? 'submitted' : 'draft';
		const [row] = await tx
			.update(programmeApplications)
			.set({
				answers,
				status,
				submittedAt: options.submit ? now : null,
				version: application.version + 1,
				updatedAt: now
			})
			.where(eq(programmeApplications.id, application.id))
			.returning({ id: programmeApplications.id, status: programmeApplications.status, version: programmeApplications.version });
		if (options.submit) {
			const [u] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, user.userId));
			const l: Locale = isLocale(u.locale) ? u.locale : 'nl';
			await enqueueEmail(tx, {
				to: u.email,
				subject: translate(l, 'programmes.mailSubmittedSubject', { title: call.title }),
				text: translate(l, 'programmes.mailSubmittedText', { title: call.title, name: u.name }),
				kind: 'programme.submitted'
			});
			await recordAudit(tx, actor, { action: 'programme.application.submit', subjectType: 'programme_application', subjectId: row.id, after: { callId } });
		}
		return row;
	});
}

/** Stores (or replaces) the file answering one file question of the actor's draft. */
export async function saveApplicationFile(
	db: Db,
	actor: Actor,
	callId: string,
	questionKey: string,
	file: { filename: string; contentType: string; data: Uint8Array },
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<FileMeta> {
	authorize(actor, 'programmes.apply');
	const user = userOf(actor);
	if (file.data.byteLength > PROGRAMME_FILE_LIMIT) throw new ValidationError({ [questionKey]: [translate(locale, 'programmes.fileTooLarge')] });
	const contentType = acceptedFileType(file.filename, file.contentType);
	if (!contentType) throw new ValidationError({ [questionKey]: [translate(locale, 'programmes.fileTypeNotAllowed')] });
	return db.transaction(async (tx) => {
		const call = await lockCall(tx, callId);
		refuseUnlessOpen(call, now, locale);
		const question = call.questions.find((q) => q.key === questionKey && q.kind === 'file');
		if (!question) throw notFound('Question');
		const application = await ensureDraft(tx, call, user.userId);
		if (application.status !== 'draft') throw new AppError('invalid_state', translate(locale, 'programmes.alreadySubmitted'));
		const filename = [...file.filename].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('').slice(0, 200) || 'file';
		await tx
			.delete(programmeApplicationFiles)
			.where(and(eq(programmeApplicationFiles.applicationId, application.id), eq(programmeApplicationFiles.questionKey, questionKey)));
		const [row] = await tx
			.insert(programmeApplicationFiles)
			.values({
				applicationId: application.id,
				questionKey,
				filename,
				contentType,
				size: file.data.byteLength,
				data: file.data
			})
			.returning();
		await tx
			.update(programmeApplications)
			.set({ answers: { ...application.answers, [questionKey]: filename }, updatedAt: now })
			.where(eq(programmeApplications.id, application.id));
		return { id: row.id, questionKey, filename, contentType: row.contentType, size: row.size };
	});
}

/** A file's bytes, for its applicant, staff, or a reviewer of the call without a conflict. */
export async function readApplicationFile(
	db: Db,
	actor: Actor,
	fileId: string
): Promise<{ filename: string; contentType: string; data: Uint8Array }> {
	if (!isUuid(fileId)) throw notFound('File');
	const [row] = await db
		.select({ file: programmeApplicationFiles, applicantUserId: programmeApplications.applicantUserId, callId: programmeApplications.callId, applicationId: programmeApplications.id })
		.from(programmeApplicationFiles)
		.innerJoin(programmeApplications, eq(programmeApplications.id, programmeApplicationFiles.applicationId))
		.where(eq(programmeApplicationFiles.id, fileId));
	if (!row) throw notFound('File');
	const own = actor.kind === 'user' && actor.userId === row.applicantUserId;
	if (!own && !isStaff(actor)) {
		await assertMayReview(db, actor, row.callId, row.applicationId);
	}
	return { filename: row.file.filename, contentType: row.file.contentType, data: new Uint8Array(row.file.data) };
}
