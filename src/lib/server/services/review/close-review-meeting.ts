/** Closes a review meeting: the cases not discussed are carried over to the next one. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviewItems, reviewMeetings } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

export async function closeReviewMeeting(
	db: Db,
	actor: Actor,
	input: { meetingId: string },
	now: Date = new Date()
): Promise<{ carriedOver: number }> {
	authorize(actor, 'review.run');
	return db.transaction(async (tx) => {
		const [meeting] = await tx.select().from(reviewMeetings).where(eq(reviewMeetings.id, input.meetingId)).for('update');
		if (!meeting) throw notFound('Review meeting');
		if (meeting.closedAt) throw new AppError('invalid_state', 'This meeting is already closed');
		const carried = await tx
			.update(reviewItems)
			.set({ status: 'carried_over' })
			.where(and(eq(reviewItems.meetingId, meeting.id), eq(reviewItems.status, 'pending')))
			.returning({ id: reviewItems.id });
		await tx.update(reviewMeetings).set({ closedAt: now }).where(eq(reviewMeetings.id, meeting.id));
		await recordAudit(tx, actor, {
			action: 'review.close',
			subjectType: 'review_meeting',
			subjectId: meeting.id,
			after: { carriedOver: carried.length }
		});
		return { carriedOver: carried.length };
	});
}
