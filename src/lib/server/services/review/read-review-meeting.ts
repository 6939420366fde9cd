/**
 * The review meetings, and one meeting with its cases in order: each item carries the
 * case's board facts (open needs, flags), the actions and introductions agreed on it.
 */
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { introductions, reviewActions, reviewItems, reviewMeetings } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import { listEngagements } from '../engagements/list-engagements.ts';

export async function listReviewMeetings(db: Db, actor: Actor) {
	authorize(actor, 'review.run');
	return db
		.select({
			id: reviewMeetings.id,
			heldOn: reviewMeetings.heldOn,
			openedAt: reviewMeetings.openedAt,
			closedAt: reviewMeetings.closedAt,
			items: sql<number>`(select count(*)::int from ${reviewItems} where ${reviewItems.meetingId} = ${reviewMeetings.id})`,
			discussed: sql<number>`(select count(*)::int from ${reviewItems} where ${reviewItems.meetingId} = ${reviewMeetings.id} and ${reviewItems.status} = 'discussed')`
		})
		.from(reviewMeetings)
		.orderBy(desc(reviewMeetings.openedAt))
		.limit(100);
}

export async function readReviewMeeting(db: Db, actor: Actor, meetingId: string, now: Date = new Date()) {
	authorize(actor, 'review.run');
	const [meeting] = await db.select().from(reviewMeetings).where(eq(reviewMeetings.id, meetingId));
	if (!meeting) throw notFound('Review meeting');
	const items = await db.select().from(reviewItems).where(eq(reviewItems.meetingId, meetingId)).orderBy(asc(reviewItems.position));
	const ids = items.map((i) => i.id);
	const cases = new Map((await listEngagements(db, actor, { ids: items.map((i) => i.engagementId) }, now)).map((c) => [c.id, c]));
	const actions = ids.length
		? await db
				.select({ action: reviewActions, ownerName: users.name })
				.from(reviewActions)
				.leftJoin(users, eq(users.id, reviewActions.ownerUserId))
				.where(inArray(reviewActions.reviewItemId, ids))
				.orderBy(asc(reviewActions.createdAt))
		: [];
	const intros = ids.length
		? await db
				.select({ introduction: introductions, otherName: people.displayName })
				.from(introductions)
				.innerJoin(people, eq(people.id, introductions.personId))
				.where(inArray(introductions.reviewItemId, ids))
				.orderBy(asc(introductions.proposedAt))
		: [];
	return {
		meeting,
		items: items.map((item) => {
			const c = cases.get(item.engagementId)!;
			return {
				...item,
				case: c,
				actions: actions.filter((a) => a.action.reviewItemId === item.id).map((a) => ({ ...a.action, ownerName: a.ownerName })),
				introductions: intros
					.filter((i) => i.introduction.reviewItemId === item.id)
					.map((i) => ({ id: i.introduction.id, status: i.introduction.status, note: i.introduction.note, otherName: i.otherName, needId: i.introduction.needId }))
			};
		})
	};
}
export type ReviewMeetingView = Awaited<ReturnType<typeof readReviewMeeting>>;
