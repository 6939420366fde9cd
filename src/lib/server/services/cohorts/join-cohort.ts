/**
 * Joining a cohort, shared by "add a member" and "admit the accepted applicants": the
 * person's live engagement is linked (decision 077), which puts the cohort on their case
 * timeline; a person without one joins unlinked and the member row says so (decision 076).
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortMembers } from '../../db/schema/cohorts.ts';
import { engagements } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addTimeline, type CohortRow, type MemberRow } from './cohort-records.ts';

/** Engagement states that count as "being accompanied now". */
export const LIVE_STATES = ['active', 'paused', 'intake_planned'];

/** The person's latest live engagement, if any. */
export async function liveEngagementOf(tx: Db, personId: string): Promise<string | null> {
	const [live] = await tx
		.select({ id: engagements.id })
		.from(engagements)
		.where(and(eq(engagements.personId, personId), inArray(engagements.state, LIVE_STATES)))
		.orderBy(desc(engagements.requestedAt))
		.limit(1);
	return live?.id ?? null;
}

/**
 * Inserts the membership unless the person already is a member (the unique index decides,
 * so two runs at once add nobody twice). `member` is the existing row when not inserted.
 */
export async function joinCohort(
	tx: Db,
	actor: Actor,
	cohort: CohortRow,
	personId: string,
	engagementId: string | null,
	audit: Record<string, unknown> = {}
): Promise<{ member: MemberRow; inserted: boolean }> {
	const [inserted] = await tx
		.insert(cohortMembers)
		.values({ cohortId: cohort.id, personId, engagementId })
		.onConflictDoNothing({ target: [cohortMembers.cohortId, cohortMembers.personId] })
		.returning();
	if (!inserted) {
		const [existing] = await tx
			.select()
			.from(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.personId, personId)));
		return { member: existing, inserted: false };
	}
	if (engagementId) {
		await addTimeline(tx, actor, {
			personId,
			kind: 'cohort.joined',
			summaryKey: 'cohorts.timelineJoined',
			params: { name: cohort.name },
			link: `/cohorts/${cohort.id}`
		});
	}
	await recordAudit(tx, actor, { action: 'cohort.member_add', subjectType: 'cohort_member', subjectId: inserted.id, after: { ...inserted, ...audit } });
	return { member: inserted, inserted: true };
}
