/** Reading cohorts: the list, one cohort with members, curriculum, attendance and progress. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortMembers, cohortSessions, cohorts } from '../../db/schema/cohorts.ts';
import { people } from '../../db/schema/people.ts';
import { engagements } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { memberProgress, type MemberProgress } from '../../../domain/cohorts/progress.ts';
import type { Locale } from '../../../i18n/core.ts';
import { attendanceOf, cohortById, memberById, ownerOf, toCohort, toSession } from './cohort-records.ts';

export async function listCohorts(db: Db, actor: Actor) {
	authorize(actor, 'cohorts.read');
	const rows = await db
		.select({
			cohort: cohorts,
			members: sql<number>`(select count(*)::int from cohort_members m where m.cohort_id = ${cohorts.id})`,
			sessions: sql<number>`(select count(*)::int from cohort_sessions s where s.cohort_id = ${cohorts.id})`
		})
		.from(cohorts)
		.orderBy(desc(cohorts.year), asc(cohorts.name));
	return rows.map((r) => ({ ...toCohort(r.cohort), members: r.members, sessions: r.sessions }));
}

async function loadCohortData(db: Db, cohortId: string, locale: Locale) {
	const cohort = await cohortById(db, cohortId, locale);
	const sessions = await db.select().from(cohortSessions).where(eq(cohortSessions.cohortId, cohort.id)).orderBy(asc(cohortSessions.startsAt));
	const members = await db
		.select({
			member: cohortMembers,
			person: people,
			engagementState: engagements.state,
			// The peer-network balance (decision 030: the sum of the person's ledger entries).
			peerBalance: sql<number>`coalesce((select sum(e.points) from ledger_entries e join ledger_accounts a on a.id = e.account_id where a.person_id = ${people.id}), 0)::int`
		})
		.from(cohortMembers)
		.innerJoin(people, eq(people.id, cohortMembers.personId))
		.leftJoin(engagements, eq(engagements.id, cohortMembers.engagementId))
		.where(eq(cohortMembers.cohortId, cohort.id))
		.orderBy(asc(people.displayName));
	const attendance = await attendanceOf(db, sessions.map((s) => s.id));
	return { cohort, sessions, members, attendance };
}

function progressOf(
	data: Awaited<ReturnType<typeof loadCohortData>>,
	memberId: string,
	status: string,
	now: Date
): MemberProgress {
	const present = new Set(data.attendance.filter((a) => a.memberId === memberId && a.present).map((a) => a.sessionId));
	return memberProgress(data.sessions, present, { requiredSessions: data.cohort.requiredSessions, status, now });
}

export async function readCohort(db: Db, actor: Actor, cohortId: string, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.read');
	const data = await loadCohortData(db, cohortId, locale);
	return {
		cohort: toCohort(data.cohort),
		sessions: data.sessions.map((s) => ({
			...toSession(s),
			held: s.startsAt.getTime() <= now.getTime(),
			present: data.attendance.filter((a) => a.sessionId === s.id && a.present).length
		})),
		members: data.members.map(({ member, person, engagementState, peerBalance }) => ({
			id: member.id,
			personId: person.id,
			displayName: person.displayName,
			email: person.email,
			engagementId: member.engagementId,
			engagement: member.engagementId && engagementState ? { id: member.engagementId, state: engagementState } : null,
			peerBalance: Number(peerBalance),
			status: member.status,
			progress: progressOf(data, member.id, member.status, now)
		})),
		attendance: data.attendance.map((a) => ({ sessionId: a.sessionId, memberId: a.memberId, present: a.present, how: a.how }))
	};
}

/**
 * One member's progress: staff, or the member themself (policy 'cohorts.attend' with
 * their account as owner) — another member gets 403.
 */
export async function readMemberProgress(db: Db, actor: Actor, cohortId: string, memberId: string, locale: Locale = 'nl', now = new Date()) {
	const cohort = await cohortById(db, cohortId, locale);
	const { member, person } = await memberById(db, cohort.id, memberId, locale);
	authorize(actor, 'cohorts.attend', ownerOf(person));
	const data = await loadCohortData(db, cohort.id, locale);
	const present = new Set(data.attendance.filter((a) => a.memberId === member.id && a.present).map((a) => a.sessionId));
	return {
		cohort: toCohort(cohort),
		member: { id: member.id, personId: person.id, displayName: person.displayName, status: member.status, completedAt: member.completedAt, locale: person.locale },
		progress: progressOf(data, member.id, member.status, now),
		sessions: data.sessions.map((s) => ({ ...toSession(s), attended: present.has(s.id), held: s.startsAt.getTime() <= now.getTime() }))
	};
}

/** The cohorts the signed-in person is a member of (their own progress pages). */
export async function myCohorts(db: Db, actor: Actor) {
	if (actor.kind !== 'user') return [];
	const rows = await db
		.select({ cohort: cohorts, member: cohortMembers })
		.from(cohortMembers)
		.innerJoin(people, eq(people.id, cohortMembers.personId))
		.innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
		.where(eq(people.userId, actor.userId))
		.orderBy(desc(cohorts.year));
	return rows.map((r) => ({ ...toCohort(r.cohort), memberId: r.member.id, status: r.member.status }));
}
