/** Everything a case page shows: the engagement, person, initiative, needs, history, meetings, introductions, actions, timeline. */
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people, timelineEvents } from '../../db/schema/people.ts';
import {
	engagements,
	engagementTransitions,
	initiatives,
	intakeMeetings,
	introductions,
	needs,
	reviewActions,
	reviewItems,
	reviewMeetings
} from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import { allowedEvents, type EngagementState } from '../../../domain/intake/engagement-state.ts';

export async function readCase(db: Db, actor: Actor, id: string) {
	authorize(actor, 'intake.read');
	const [row] = await db
		.select({ engagement: engagements, person: people, initiative: initiatives })
		.from(engagements)
		.innerJoin(people, eq(people.id, engagements.personId))
		.innerJoin(initiatives, eq(initiatives.id, engagements.initiativeId))
		.where(eq(engagements.id, id));
	if (!row) throw notFound('Engagement');
	const [needRows, history, meetings, intros, actions, timeline] = await Promise.all([
		db.select().from(needs).where(eq(needs.engagementId, id)).orderBy(asc(needs.openedAt)),
		db.select().from(engagementTransitions).where(eq(engagementTransitions.engagementId, id)).orderBy(asc(engagementTransitions.id)),
		db.select().from(intakeMeetings).where(eq(intakeMeetings.engagementId, id)).orderBy(asc(intakeMeetings.startsAt)),
		db
			.select({ introduction: introductions, otherName: people.displayName })
			.from(introductions)
			.innerJoin(people, eq(people.id, introductions.personId))
			.where(eq(introductions.innovatorId, row.person.id))
			.orderBy(desc(introductions.proposedAt)),
		db
			.select({ action: reviewActions, ownerName: users.name })
			.from(reviewActions)
			.leftJoin(users, eq(users.id, reviewActions.ownerUserId))
			.where(eq(reviewActions.engagementId, id))
			.orderBy(asc(reviewActions.createdAt)),
		db.select().from(timelineEvents).where(eq(timelineEvents.personId, row.person.id)).orderBy(desc(timelineEvents.at)).limit(50)
	]);
	// the team's advice on this case in earlier weekly reviews, newest first
	const advice = await db
		.select({ heldOn: reviewMeetings.heldOn, meetingId: reviewMeetings.id, advice: reviewItems.advice })
		.from(reviewItems)
		.innerJoin(reviewMeetings, eq(reviewMeetings.id, reviewItems.meetingId))
		.where(and(eq(reviewItems.engagementId, id), isNotNull(reviewItems.advice)))
		.orderBy(desc(reviewMeetings.heldOn))
		.limit(20);
	const ownerIds = [row.engagement.ownerUserId].filter((v): v is string => Boolean(v));
	const owners = ownerIds.length ? await db.select().from(users).where(inArray(users.id, ownerIds)) : [];
	return {
		engagement: row.engagement,
		person: row.person,
		initiative: row.initiative,
		owner: owners[0] ? { id: owners[0].id, name: owners[0].name } : null,
		allowedEvents: allowedEvents(row.engagement.state as EngagementState),
		needs: needRows,
		history,
		meetings,
		introductions: intros.map((i) => ({ ...i.introduction, otherName: i.otherName })),
		actions: actions.map((a) => ({ ...a.action, ownerName: a.ownerName })),
		timeline,
		advice
	};
}

export type CaseView = Awaited<ReturnType<typeof readCase>>;
