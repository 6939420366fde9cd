/**
 * Programmes and their calls, managed by staff: create/list programmes, build a call
 * (questions, rubric, opening and closing dates, blind flag) and read a call's state.
 */
import { and, asc, desc, eq, lte, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { programmeApplications, programmeCalls, programmes, type CallCriterion, type CallQuestion } from '../../db/schema/programmes.ts';
import type { Actor } from '../../auth/actor.ts';
import { actorUserId } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { CallInputSchema, ProgrammeInputSchema, type CallInput, type ProgrammeInput } from '../../../schemas/programmes.ts';
import type { Locale } from '../../../i18n/core.ts';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type CallRow = typeof programmeCalls.$inferSelect;
export type CallState = 'upcoming' | 'open' | 'closed';

export function callState(call: Pick<CallRow, 'opensAt' | 'closesAt'>, now: Date = new Date()): CallState {
	if (now < call.opensAt) return 'upcoming';
	if (now >= call.closesAt) return 'closed';
	return 'open';
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

export async function createProgramme(db: Db, actor: Actor, input: ProgrammeInput, locale: Locale = 'nl'): Promise<{ id: string }> {
	authorize(actor, 'programmes.manage');
	const data = parseInput(ProgrammeInputSchema, input, locale);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(programmes)
			.values({ ...data, createdBy: actorUserId(actor) })
			.returning();
		await recordAudit(tx, actor, { action: 'programme.create', subjectType: 'programme', subjectId: row.id, after: data });
		return { id: row.id };
	});
}

export interface ProgrammeSummary extends ProgrammeRow {
	calls: number;
}

export async function listProgrammes(db: Db, actor: Actor): Promise<ProgrammeSummary[]> {
	authorize(actor, 'programmes.read');
	const rows = await db
		.select({ p: programmes, calls: sql<number>`(select count(*)::int from programme_calls c where c.programme_id = ${programmes.id})` })
		.from(programmes)
		.orderBy(desc(programmes.createdAt));
	return rows.map((r) => ({ ...r.p, calls: Number(r.calls) }));
}

/** Per call: drafts, submitted (all non-drafts), and decisions — the acceptance rate's parts. */
export interface CallCounts {
	drafts: number;
	submitted: number;
	accepted: number;
	waitlisted: number;
	rejected: number;
}

export async function readProgramme(
	db: Db,
	actor: Actor,
	id: string
): Promise<{ programme: ProgrammeRow; calls: (CallRow & { counts: CallCounts })[] }> {
	authorize(actor, 'programmes.read');
	if (!isUuid(id)) throw notFound('Programme');
	const [programme] = await db.select().from(programmes).where(eq(programmes.id, id));
	if (!programme) throw notFound('Programme');
	const calls = await db.select().from(programmeCalls).where(eq(programmeCalls.programmeId, id)).orderBy(desc(programmeCalls.opensAt));
	const counts = await db
		.select({ callId: programmeApplications.callId, status: programmeApplications.status, n: sql<number>`count(*)::int` })
		.from(programmeApplications)
		.innerJoin(programmeCalls, eq(programmeCalls.id, programmeApplications.callId))
		.where(eq(programmeCalls.programmeId, id))
		.groupBy(programmeApplications.callId, programmeApplications.status);
	return {
		programme,
		calls: calls.map((c) => {
			const of = (status: string) => Number(counts.find((r) => r.callId === c.id && r.status === status)?.n ?? 0);
			const drafts = of('draft');
			const decided = { accepted: of('accepted'), waitlisted: of('waitlisted'), rejected: of('rejected') };
			return { ...c, counts: { drafts, submitted: of('submitted') + decided.accepted + decided.waitlisted + decided.rejected, ...decided } };
		})
	};
}

export async function createCall(db: Db, actor: Actor, programmeId: string, input: CallInput, locale: Locale = 'nl'): Promise<{ id: string }> {
	authorize(actor, 'programmes.manage');
	const data = parseInput(CallInputSchema, input, locale);
	if (!isUuid(programmeId)) throw notFound('Programme');
	return db.transaction(async (tx) => {
		const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
		if (!programme) throw notFound('Programme');
		const [row] = await tx
			.insert(programmeCalls)
			.values({
				programmeId,
				title: data.title,
				description: data.description,
				opensAt: data.opensAt,
				closesAt: data.closesAt,
				blind: data.blind,
				questions: data.questions as CallQuestion[],
				criteria: data.criteria as CallCriterion[]
			})
			.returning({ id: programmeCalls.id });
		await recordAudit(tx, actor, { action: 'programme.call.create', subjectType: 'programme_call', subjectId: row.id, after: data });
		return { id: row.id };
	});
}

/** Replaces a call's form, rubric and dates; `version` must match (optimistic lock). */
export async function updateCall(
	db: Db,
	actor: Actor,
	callId: string,
	input: CallInput,
	version: number,
	locale: Locale = 'nl'
): Promise<{ id: string; version: number }> {
	authorize(actor, 'programmes.manage');
	const data = parseInput(CallInputSchema, input, locale);
	if (!isUuid(callId)) throw notFound('Call');
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(programmeCalls).where(eq(programmeCalls.id, callId)).for('update');
		if (!before) throw notFound('Call');
		if (before.version !== version) throw new AppError('version_conflict', 'The call was changed by someone else; reload');
		const [row] = await tx
			.update(programmeCalls)
			.set({
				title: data.title,
				description: data.description,
				opensAt: data.opensAt,
				closesAt: data.closesAt,
				blind: data.blind,
				questions: data.questions as CallQuestion[],
				criteria: data.criteria as CallCriterion[],
				version: before.version + 1
			})
			.where(eq(programmeCalls.id, callId))
			.returning({ id: programmeCalls.id, version: programmeCalls.version });
		await recordAudit(tx, actor, { action: 'programme.call.update', subjectType: 'programme_call', subjectId: callId, before, after: data });
		return row;
	});
}

/** A call with its programme; anyone who may apply can read it (the form is not secret). */
export async function readCall(db: Db, actor: Actor, callId: string): Promise<{ call: CallRow; programme: ProgrammeRow }> {
	authorize(actor, 'programmes.apply');
	if (!isUuid(callId)) throw notFound('Call');
	const [row] = await db
		.select({ call: programmeCalls, programme: programmes })
		.from(programmeCalls)
		.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
		.where(eq(programmeCalls.id, callId));
	if (!row) throw notFound('Call');
	return row;
}

/** Calls open right now, for applicants. */
export async function listOpenCalls(db: Db, actor: Actor, now: Date = new Date()): Promise<(CallRow & { programmeName: string })[]> {
	authorize(actor, 'programmes.apply');
	const rows = await db
		.select({ call: programmeCalls, programmeName: programmes.name })
		.from(programmeCalls)
		.innerJoin(programmes, eq(programmes.id, programmeCalls.programmeId))
		.where(and(lte(programmeCalls.opensAt, now), gt(programmeCalls.closesAt, now)))
		.orderBy(asc(programmeCalls.closesAt));
	return rows.map((r) => ({ ...r.call, programmeName: r.programmeName }));
}
