/**
 * Actions agreed in a review (who does what, by when) and each staff member's list of
 * open ones. The owner hears of a new action in their digest, not by a separate e-mail.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { engagements, introductions, reminders, reviewActions } from '../../db/schema/intake.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ReviewActionSchema } from '../../../schemas/intake.ts';
import { notify } from '../introductions/notify.ts';
import { lockOpenItem } from './save-review-advice.ts';

/** Staff and admins who can own an action, by name. */
export async function staffOptions(db: Db): Promise<{ value: string; label: string }[]> {
	const rows = await db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(and(inArray(users.role, ['admin', 'staff']), isNull(users.disabledAt)))
		.orderBy(asc(users.name));
	return rows.map((r) => ({ value: r.id, label: r.name }));
}

export async function addReviewAction(
	db: Db,
	actor: Actor,
	input: z.input<typeof ReviewActionSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ id: string }> {
	authorize(actor, 'review.run');
	const data = parseInput(ReviewActionSchema, input, locale);
	return db.transaction(async (tx) => {
		const item = await lockOpenItem(tx, data.itemId);
		const [owner] = await tx.select().from(users).where(eq(users.id, data.ownerUserId));
		if (!owner || !['admin', 'staff'].includes(owner.role)) {
			throw new ValidationError({ ownerUserId: ['intake.ownerUnknown'] });
		}
		const [row] = await tx
			.insert(reviewActions)
			.values({
				engagementId: item.engagementId,
				reviewItemId: item.id,
				ownerUserId: owner.id,
				description: data.description,
				dueOn: data.dueOn ?? null,
				createdBy: actorUserId(actor),
				createdAt: now
			})
			.returning();
		if (owner.id !== actorUserId(actor)) {
			await notify(tx, owner.id, {
				kind: 'review.action',
				summaryKey: 'intake.notifyAction',
				params: { action: data.description, due: data.dueOn ?? '' },
				link: '/my-actions',
				at: now
			});
		}
		await recordAudit(tx, actor, { action: 'review.action', subjectType: 'review_action', subjectId: row.id, after: row });
		return { id: row.id };
	});
}

export async function setReviewActionDone(
	db: Db,
	actor: Actor,
	input: { actionId: string; done: boolean },
	now: Date = new Date()
): Promise<{ done: boolean }> {
	authorize(actor, 'review.run');
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(reviewActions).where(eq(reviewActions.id, input.actionId)).for('update');
		if (!row) throw notFound('Action');
		await tx
			.update(reviewActions)
			.set({ doneAt: input.done ? (row.doneAt ?? now) : null })
			.where(eq(reviewActions.id, row.id));
		await recordAudit(tx, actor, {
			action: 'review.actionDone',
			subjectType: 'review_action',
			subjectId: row.id,
			before: { doneAt: row.doneAt },
			after: { done: input.done }
		});
		return { done: input.done };
	});
}

/**
 * One staff member's list: their actions (open first, then the ten last done) and the
 * introductions whose follow-up reminder has fired but whose outcome is still unknown.
 */
export async function listMyActions(db: Db, actor: Actor, userId: string) {
	authorize(actor, 'review.run');
	const base = db
		.select({
			id: reviewActions.id,
			description: reviewActions.description,
			dueOn: reviewActions.dueOn,
			doneAt: reviewActions.doneAt,
			engagementId: reviewActions.engagementId,
			personName: people.displayName
		})
		.from(reviewActions)
		.innerJoin(engagements, eq(engagements.id, reviewActions.engagementId))
		.innerJoin(people, eq(people.id, engagements.personId));
	const open = await base
		.where(and(eq(reviewActions.ownerUserId, userId), isNull(reviewActions.doneAt)))
		.orderBy(asc(reviewActions.dueOn), asc(reviewActions.createdAt));
	const done = await base
		.where(and(eq(reviewActions.ownerUserId, userId), isNotNull(reviewActions.doneAt)))
		.orderBy(desc(reviewActions.doneAt))
		.limit(10);
	const fired = await db
		.select({
			reminderId: reminders.id,
			step: reminders.step,
			firedAt: reminders.firedAt,
			introductionId: introductions.id,
			engagementId: introductions.engagementId,
			innovatorId: introductions.innovatorId,
			personId: introductions.personId,
			status: introductions.status
		})
		.from(reminders)
		.innerJoin(introductions, eq(introductions.id, reminders.subjectId))
		.where(
			and(
				eq(reminders.kind, 'introduction_followup'),
				eq(reminders.ownerUserId, userId),
				isNotNull(reminders.firedAt),
				isNull(reminders.cancelledAt),
				or(eq(introductions.status, 'accepted'), eq(introductions.status, 'met'))
			)
		)
		.orderBy(desc(reminders.firedAt));
	const names = fired.length
		? new Map(
				(
					await db
						.select({ id: people.id, name: people.displayName })
						.from(people)
						.where(inArray(people.id, [...new Set(fired.flatMap((f) => [f.innovatorId, f.personId]))]))
				).map((p) => [p.id, p.name])
			)
		: new Map<string, string>();
	const followUps = fired.map((f) => ({
		...f,
		innovator: names.get(f.innovatorId) ?? '',
		other: names.get(f.personId) ?? ''
	}));
	return { open, done, followUps };
}
