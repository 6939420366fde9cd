/**
 * Records the team's advice on one case of a review: the item becomes discussed. The
 * item's version guards against two people typing advice for the same case at once.
 */
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { reviewItems, reviewMeetings } from '../../db/schema/intake.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ReviewAdviceSchema } from '../../../schemas/intake.ts';

/** The item, locked, in a meeting that is still open. */
export async function lockOpenItem(tx: Db, itemId: string, version?: number) {
	const [row] = await tx
		.select({ item: reviewItems, closedAt: reviewMeetings.closedAt })
		.from(reviewItems)
		.innerJoin(reviewMeetings, eq(reviewMeetings.id, reviewItems.meetingId))
		.where(eq(reviewItems.id, itemId))
		.for('update', { of: reviewItems });
	if (!row) throw notFound('Review item');
	if (row.closedAt) throw new AppError('invalid_state', 'This meeting is closed');
	if (version !== undefined && row.item.version !== version) {
		throw new AppError('version_conflict', 'Someone else saved advice for this case; reload it', { currentVersion: row.item.version });
	}
	return row.item;
}

export async function saveReviewAdvice(
	db: Db,
	actor: Actor,
	input: z.input<typeof ReviewAdviceSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ version: number }> {
	authorize(actor, 'review.run');
	const data = parseInput(ReviewAdviceSchema, input, locale);
	return db.transaction(async (tx) => {
		const item = await lockOpenItem(tx, data.itemId, data.version);
		const [updated] = await tx
			.update(reviewItems)
			.set({
				advice: data.advice || null,
				status: 'discussed',
				discussedAt: now,
				discussedBy: actorUserId(actor),
				version: sql`${reviewItems.version} + 1`
			})
			.where(eq(reviewItems.id, item.id))
			.returning();
		await recordAudit(tx, actor, {
			action: 'review.advice',
			subjectType: 'review_item',
			subjectId: item.id,
			before: { advice: item.advice, status: item.status },
			after: { advice: updated.advice, status: updated.status }
		});
		return { version: updated.version };
	});
}
