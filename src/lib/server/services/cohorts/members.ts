/**
 * Members of a cohort: staff add a person from the directory (linked to their active
 * engagement, which puts the cohort on their case timeline) and mark them completed or
 * dropped (completion joins the timeline too).
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
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

/** Engagement states that count as "being accompanied now". */
const LIVE_STATES = ['active', 'paused', 'intake_planned'];

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
			const [live] = await tx
				.select({ id: engagements.id })
				.from(engagements)
				.where(and(eq(engagements.personId, person.id), inArray(engagements.state, LIVE_STATES)))
				.orderBy(desc(engagements.requestedAt))
				.limit(1);
			engagementId = live?.id ?? null;
		}
		const [member] = await tx.insert(cohortMembers).values({ cohortId: cohort.id, personId: person.id, engagementId }).returning();
		if (engagementId) {
			await addTimeline(tx, actor, {
				personId: person.id,
				kind: 'cohort.joined',
				summaryKey: 'cohorts.timelineJoined',
				params: { name: cohort.name },
				link: `/cohorts/${cohort.id}`
			});
		}
		await recordAudit(tx, actor, { action: 'cohort.member_add', subjectType: 'cohort_member', subjectId: member.id, after: member });
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
