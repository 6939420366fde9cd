/** Shared reads of the cohorts area: one cohort, one session, the member of a user. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortAttendance, cohortMembers, cohortSessions, cohorts } from '../../db/schema/cohorts.ts';
import { people, timelineEvents } from '../../db/schema/people.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export type CohortRow = typeof cohorts.$inferSelect;
export type SessionRow = typeof cohortSessions.$inferSelect;
export type MemberRow = typeof cohortMembers.$inferSelect;

export async function cohortById(db: Db, id: string, locale: Locale): Promise<CohortRow> {
	const [row] = isUuid(id) ? await db.select().from(cohorts).where(eq(cohorts.id, id)) : [];
	if (!row) throw new AppError('not_found', translate(locale, 'cohorts.cohortNotFound'));
	return row;
}

export async function sessionById(db: Db, cohortId: string, id: string, locale: Locale): Promise<SessionRow> {
	const [row] = isUuid(id)
		? await db.select().from(cohortSessions).where(and(eq(cohortSessions.id, id), eq(cohortSessions.cohortId, cohortId)))
		: [];
	if (!row) throw new AppError('not_found', translate(locale, 'cohorts.sessionNotFound'));
	return row;
}

export async function memberById(db: Db, cohortId: string, id: string, locale: Locale) {
	const [row] = isUuid(id)
		? await db
				.select({ member: cohortMembers, person: people })
				.from(cohortMembers)
				.innerJoin(people, eq(people.id, cohortMembers.personId))
				.where(and(eq(cohortMembers.id, id), eq(cohortMembers.cohortId, cohortId)))
		: [];
	if (!row) throw new AppError('not_found', translate(locale, 'cohorts.memberNotFound'));
	return row;
}

/** The user accounts that own a member record (the person's account), for the policy. */
export function ownerOf(person: { userId: string | null }) {
	return { ownerUserIds: person.userId ? [person.userId] : [] };
}

/** Attendance rows of some sessions. */
export async function attendanceOf(db: Db, sessionIds: string[]) {
	if (sessionIds.length === 0) return [];
	return db.select().from(cohortAttendance).where(inArray(cohortAttendance.sessionId, sessionIds));
}

export async function addTimeline(
	tx: Db,
	actor: Actor,
	entry: { personId: string; kind: string; summaryKey: string; params: Record<string, string>; link: string }
) {
	await tx.insert(timelineEvents).values({ ...entry, actorId: actorUserId(actor), public: true });
}

export const toCohort = (c: CohortRow) => ({
	id: c.id,
	name: c.name,
	kind: c.kind,
	year: c.year,
	theme: c.theme,
	programmeId: c.programmeId,
	requiredSessions: c.requiredSessions,
	version: c.version
});

export const toSession = (s: SessionRow) => ({
	id: s.id,
	kind: s.kind,
	title: s.title,
	startsAt: s.startsAt.toISOString(),
	endsAt: s.endsAt ? s.endsAt.toISOString() : null,
	place: s.place,
	facilitatorName: s.facilitatorName,
	materials: s.materials,
	checkInCode: s.checkInCode,
	version: s.version
});
