/**
 * Members of a cohort: staff add a person from the directory (linked to their active
 * engagement, which puts the cohort on their case timeline) and mark them completed or
 * dropped (completion joins the timeline too).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohortMembers } from '../../db/schema/cohorts.ts';
import { engagements } from '../../db/schema/intake.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { MemberAddSchema, MemberStatusSchema } from '../../../schemas/cohorts.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { addTimeline, cohortById, memberById } from './cohort-records.ts';
import { joinCohort, liveEngagementOf } from './join-cohort.ts';

export async function addMember(db: Db, actor: Actor, cohortId: string, input: unknown, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(MemberAddSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const [person] = await tx.select().from(people).where(eq(people.id, data.personId));
		if (!person || person.erasedAt || person.mergedIntoId) {
			throw new AppError('not_found', translate(locale, 'cohorts.personNotFound'));
		}
		const [existing] = await tx
			.select({ id: cohortMembers.id })
			.from(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, cohort.id), eq(cohortMembers.personId, person.id)));
		if (existing) throw new AppError('conflict', translate(locale, 'cohorts.alreadyMember', { name: person.displayName }));
		let engagementId = data.engagementId ?? null;
		if (engagementId) {
			const [own] = await tx
				.select({ id: engagements.id })
				.from(engagements)
				.where(and(eq(engagements.id, engagementId), eq(engagements.personId, person.id)));
			if (!own) throw new AppError('validation_failed', translate(locale, 'cohorts.engagementNotTheirs'), { fields: { engagementId: [translate(locale, 'cohorts.engagementNotTheirs')] } });
		} else {
			engagementId = await liveEngagementOf(tx, person.id);
		}
		const { member, inserted } = await joinCohort(tx, actor, cohort, person.id, engagementId);
		if (!inserted) throw new AppError('conflict', translate(locale, 'cohorts.alreadyMember', { name: person.displayName }));
		return { id: member.id, personId: person.id, displayName: person.displayName, engagementId, status: member.status };
	});
}

export async function setMemberStatus(
	db: Db,
	actor: Actor,
	cohortId: string,
	memberId: string,
	input: unknown,
	locale: Locale = 'nl',
	now = new Date()
) {
	authorize(actor, 'cohorts.manage');
	const { status } = parseInput(MemberStatusSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const { member, person } = await memberById(tx, cohort.id, memberId, locale);
		if (member.status === status) return { id: member.id, personId: person.id, displayName: person.displayName, engagementId: member.engagementId, status };
		const [after] = await tx
			.update(cohortMembers)
			.set({ status, completedAt: status === 'completed' ? now : null })
			.where(eq(cohortMembers.id, member.id))
			.returning();
		if (status === 'completed') {
			await addTimeline(tx, actor, {
				personId: person.id,
				kind: 'cohort.completed',
				summaryKey: 'cohorts.timelineCompleted',
				params: { name: cohort.name },
				link: `/cohorts/${cohort.id}`
			});
		}
		await recordAudit(tx, actor, { action: 'cohort.member_status', subjectType: 'cohort_member', subjectId: member.id, before: member, after });
		return { id: member.id, personId: person.id, displayName: person.displayName, engagementId: member.engagementId, status };
	});
}

/**
 * Links a member who joined without an engagement to the person's live engagement, once
 * staff opened one (decision 076); 409 when there is still none.
 */
export async function linkMemberEngagement(db: Db, actor: Actor, cohortId: string, memberId: string, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		const { member, person } = await memberById(tx, cohort.id, memberId, locale);
		const engagementId = member.engagementId ?? (await liveEngagementOf(tx, person.id));
		if (!engagementId) throw new AppError('conflict', translate(locale, 'cohorts.noLiveEngagement', { name: person.displayName }));
		if (engagementId !== member.engagementId) {
			await tx.update(cohortMembers).set({ engagementId }).where(eq(cohortMembers.id, member.id));
			await addTimeline(tx, actor, {
				personId: person.id,
				kind: 'cohort.joined',
				summaryKey: 'cohorts.timelineJoined',
				params: { name: cohort.name },
				link: `/cohorts/${cohort.id}`
			});
			await recordAudit(tx, actor, { action: 'cohort.member_link', subjectType: 'cohort_member', subjectId: member.id, before: { engagementId: member.engagementId }, after: { engagementId } });
		}
		return { id: member.id, personId: person.id, displayName: person.displayName, engagementId, status: member.status };
	});
}
