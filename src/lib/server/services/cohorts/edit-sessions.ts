/**
 * Editing and deleting sessions (decision 076). An edit checks the version that was read;
 * when the date, time or place of a session still ahead changes, members get an e-mail with
 * the new .ics (same UID, higher SEQUENCE). Deleting a session that holds attendance needs
 * `confirm` (the marks are lost with it); deleting one still ahead tells the members.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortAttendance, cohortSessions } from '../../db/schema/cohorts.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DeleteQuerySchema, SessionUpdateSchema } from '../../../schemas/cohorts.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { cohortById, sessionById, toSession } from './cohort-records.ts';
import { mailSession } from './member-mail.ts';

const time = (d: Date | null) => (d ? d.getTime() : null);

export async function updateSession(db: Db, actor: Actor, cohortId: string, sessionId: string, input: unknown, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(SessionUpdateSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const before = await sessionById(tx, cohort.id, sessionId, locale);
		if (before.version !== data.version) throw new AppError('version_conflict', translate(locale, 'cohorts.versionConflict'));
		const [after] = await tx
			.update(cohortSessions)
			.set({
				kind: data.kind,
				title: data.title,
				startsAt: data.startsAt,
				endsAt: data.endsAt ?? null,
				place: data.place,
				facilitatorPersonId: data.facilitatorPersonId ?? null,
				facilitatorName: data.facilitatorName,
				materials: data.materials,
				version: before.version + 1
			})
			.where(eq(cohortSessions.id, before.id))
			.returning();
		const moved = time(before.startsAt) !== time(after.startsAt) || time(before.endsAt) !== time(after.endsAt) || before.place !== after.place;
		const ahead = Math.max(before.startsAt.getTime(), after.startsAt.getTime()) > now.getTime();
		const mailed = moved && ahead ? await mailSession(tx, cohort, after, 'changed', now) : 0;
		await recordAudit(tx, actor, { action: 'cohort.session_update', subjectType: 'cohort_session', subjectId: before.id, before, after: { ...after, mailed } });
		return { ...toSession(after), mailed };
	});
}

/** Attendance marks a session holds (what a delete would lose). */
export async function attendanceCount(tx: Db, sessionId: string): Promise<number> {
	const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(cohortAttendance).where(eq(cohortAttendance.sessionId, sessionId));
	return Number(row?.n ?? 0);
}

export async function deleteSession(db: Db, actor: Actor, cohortId: string, sessionId: string, input: unknown, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.manage');
	const { confirm } = parseInput(DeleteQuerySchema, input ?? {}, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const before = await sessionById(tx, cohort.id, sessionId, locale);
		const attendance = await attendanceCount(tx, before.id);
		const lost = { members: 0, sessions: 1, attendance };
		if (attendance > 0 && !confirm) {
			throw new AppError('conflict', translate(locale, 'cohorts.deleteSessionNeedsConfirm', { n: attendance, title: before.title }), { lost });
		}
		if (before.startsAt.getTime() > now.getTime()) await mailSession(tx, cohort, { ...before, version: before.version + 1 }, 'cancelled', now);
		await tx.delete(cohortSessions).where(eq(cohortSessions.id, before.id));
		await recordAudit(tx, actor, { action: 'cohort.session_delete', subjectType: 'cohort_session', subjectId: before.id, before: { ...toSession(before), attendance } });
		return { id: before.id, deleted: true as const, lost };
	});
}
