/**
 * Attendance: staff tick a member present or absent (one tap on a phone), or a member
 * checks in themself with the session's code — only for themself (policy
 * 'cohorts.attend' with the member's account as owner).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortAttendance, cohortMembers, cohortSessions, cohorts } from '../../db/schema/cohorts.ts';
import { people } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AttendanceMarkSchema, CheckInSchema } from '../../../schemas/cohorts.ts';
import { normaliseCode } from '../../../domain/cohorts/progress.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { cohortById, memberById, ownerOf, sessionById } from './cohort-records.ts';

async function upsert(tx: Db, sessionId: string, memberId: string, present: boolean, how: 'staff' | 'self', actor: Actor, now: Date) {
	await tx
		.insert(cohortAttendance)
		.values({ sessionId, memberId, present, how, at: now, byUserId: actorUserId(actor) })
		.onConflictDoUpdate({
			target: [cohortAttendance.sessionId, cohortAttendance.memberId],
			set: { present, how, at: now, byUserId: actorUserId(actor) }
		});
}

/** Staff tick (present or not) one member for one session. */
export async function markAttendance(
	db: Db,
	actor: Actor,
	cohortId: string,
	sessionId: string,
	input: unknown,
	locale: Locale = 'nl',
	now = new Date()
) {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(AttendanceMarkSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const session = await sessionById(tx, cohort.id, sessionId, locale);
		const { member } = await memberById(tx, cohort.id, data.memberId, locale);
		await upsert(tx, session.id, member.id, data.present, 'staff', actor, now);
		await recordAudit(tx, actor, {
			action: 'cohort.attendance',
			subjectType: 'cohort_session',
			subjectId: session.id,
			after: { memberId: member.id, present: data.present, how: 'staff' }
		});
		return { sessionId: session.id, memberId: member.id, present: data.present, how: 'staff' };
	});
}

/**
 * A member checks in with a session code. With `memberId` (the API) the member must be
 * the actor's own; without it, the actor's own membership in the session's cohort is used.
 */
export async function checkInWithCode(
	db: Db,
	actor: Actor,
	input: { code: string; memberId?: string },
	locale: Locale = 'nl',
	now = new Date()
) {
	const { code } = parseInput(CheckInSchema, { code: input.code }, locale);
	if (actor.kind !== 'user') throw new AppError('unauthenticated', translate(locale, 'cohorts.loginFirst'));
	return db.transaction(async (tx) => {
		const [session] = await tx
			.select({ session: cohortSessions, cohort: cohorts })
			.from(cohortSessions)
			.innerJoin(cohorts, eq(cohorts.id, cohortSessions.cohortId))
			.where(eq(cohortSessions.checkInCode, normaliseCode(code)));
		if (!session) throw new AppError('not_found', translate(locale, 'cohorts.codeUnknown'));
		let row: { member: typeof cohortMembers.$inferSelect; person: typeof people.$inferSelect } | undefined;
		if (input.memberId) {
			row = await memberById(tx, session.cohort.id, input.memberId, locale);
		} else {
			[row] = await tx
				.select({ member: cohortMembers, person: people })
				.from(cohortMembers)
				.innerJoin(people, eq(people.id, cohortMembers.personId))
				.where(and(eq(cohortMembers.cohortId, session.cohort.id), eq(people.userId, actor.userId)))
				.limit(1);
			if (!row) {
				// The member's directory record may not be linked to their account yet: link the
				// one with the account's e-mail (unlinked), as the peer network does on first visit.
				[row] = await tx
					.select({ member: cohortMembers, person: people })
					.from(cohortMembers)
					.innerJoin(people, eq(people.id, cohortMembers.personId))
					.where(and(eq(cohortMembers.cohortId, session.cohort.id), eq(people.email, actor.email.trim().toLowerCase()), isNull(people.userId)))
					.limit(1);
				if (row) {
					await tx.update(people).set({ userId: actor.userId }).where(eq(people.id, row.person.id));
					await recordAudit(tx, actor, { action: 'cohort.link_person', subjectType: 'person', subjectId: row.person.id, after: { userId: actor.userId } });
					row = { ...row, person: { ...row.person, userId: actor.userId } };
				}
			}
			if (!row) throw new AppError('forbidden', translate(locale, 'cohorts.notAMember', { name: session.cohort.name }));
		}
		authorize(actor, 'cohorts.attend', ownerOf(row.person));
		if (row.member.status === 'dropped') throw new AppError('invalid_state', translate(locale, 'cohorts.memberDropped'));
		await upsert(tx, session.session.id, row.member.id, true, 'self', actor, now);
		await recordAudit(tx, actor, {
			action: 'cohort.check_in',
			subjectType: 'cohort_session',
			subjectId: session.session.id,
			after: { memberId: row.member.id, how: 'self' }
		});
		return {
			sessionId: session.session.id,
			memberId: row.member.id,
			present: true,
			how: 'self',
			sessionTitle: session.session.title,
			cohortId: session.cohort.id,
			cohortName: session.cohort.name
		};
	});
}

/** How many members are ticked present for a session (for the phone page header). */
export async function presentCount(db: Db, sessionId: string) {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(cohortAttendance)
		.where(and(eq(cohortAttendance.sessionId, sessionId), eq(cohortAttendance.present, true)));
	return row?.n ?? 0;
}
