/**
 * Opens the weekly review: one meeting at a time. Its items are the cases still
 * unfinished at the last meeting (carried over, first) and then every active case, by
 * name. Opening while a meeting is open returns that meeting instead of a second one.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { engagements, reviewItems, reviewMeetings } from '../../db/schema/intake.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { OpenReviewMeetingSchema } from '../../../schemas/intake.ts';

/** The Brussels calendar day of an instant, as YYYY-MM-DD. */
export const brusselsDay = (at: Date) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export async function openReviewMeeting(
	db: Db,
	actor: Actor,
	input: { heldOn?: string } = {},
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ id: string; created: boolean }> {
	authorize(actor, 'review.run');
	const data = parseInput(OpenReviewMeetingSchema, input, locale);
	return db.transaction(async (tx) => {
		// one opener at a time, so two staff pressing "open" at once get the same meeting
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sif.review_meetings.open'))`);
		const [open] = await tx.select().from(reviewMeetings).where(isNull(reviewMeetings.closedAt)).limit(1);
		if (open) return { id: open.id, created: false };
		const [meeting] = await tx
			.insert(reviewMeetings)
			.values({ heldOn: data.heldOn ?? brusselsDay(now), openedBy: actorUserId(actor), openedAt: now })
			.returning();
		const [last] = await tx
			.select()
			.from(reviewMeetings)
			.where(isNotNull(reviewMeetings.closedAt))
			.orderBy(desc(reviewMeetings.closedAt))
			.limit(1);
		const carried = last
			? await tx
					.select({ id: reviewItems.id, engagementId: reviewItems.engagementId })
					.from(reviewItems)
					.innerJoin(engagements, eq(engagements.id, reviewItems.engagementId))
					.where(
						and(
							eq(reviewItems.meetingId, last.id),
							eq(reviewItems.status, 'carried_over'),
							inArray(engagements.state, ['active', 'paused'])
						)
					)
					.orderBy(asc(reviewItems.position))
			: [];
		const active = await tx
			.select({ id: engagements.id })
			.from(engagements)
			.innerJoin(people, eq(people.id, engagements.personId))
			.where(eq(engagements.state, 'active'))
			.orderBy(asc(people.displayName), asc(engagements.requestedAt));
		const seen = new Set(carried.map((c) => c.engagementId));
		const items = [
			...carried.map((c) => ({ engagementId: c.engagementId, carriedFromId: c.id })),
			...active.filter((a) => !seen.has(a.id)).map((a) => ({ engagementId: a.id, carriedFromId: null }))
		];
		if (items.length) {
			await tx.insert(reviewItems).values(items.map((item, i) => ({ ...item, meetingId: meeting.id, position: i + 1 })));
		}
		await recordAudit(tx, actor, {
			action: 'review.open',
			subjectType: 'review_meeting',
			subjectId: meeting.id,
			after: { heldOn: meeting.heldOn, items: items.length, carried: carried.length }
		});
		return { id: meeting.id, created: true };
	});
}
