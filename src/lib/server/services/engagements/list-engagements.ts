/**
 * Engagements with their person, initiative, open needs and the review flags: the
 * requests inbox, the case board and `GET /api/v1/engagements` all read this.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { engagements, initiatives, introductions, needs } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { caseFlags, type CaseFlag } from '../../../domain/intake/case-flags.ts';
import type { EngagementState } from '../../../domain/intake/engagement-state.ts';

export interface EngagementItem {
	id: string;
	person: { id: string; name: string; email: string | null };
	initiative: { id: string; title: string; stage: string };
	state: string;
	version: number;
	source: string;
	requestedAt: string;
	openNeeds: { id: string; category: string; text: string }[];
	lastContactAt: string | null;
	plannedEndAt: string | null;
	nextAction: string | null;
	flags: CaseFlag[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listEngagements(
	db: Db,
	actor: Actor,
	filter: { state?: EngagementState; ids?: string[] } = {},
	now: Date = new Date()
): Promise<EngagementItem[]> {
	authorize(actor, 'intake.read');
	const conditions = [];
	if (filter.state) conditions.push(eq(engagements.state, filter.state));
	if (filter.ids) conditions.push(inArray(engagements.id, filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']));
	const rows = await db
		.select({ engagement: engagements, person: people, initiative: initiatives })
		.from(engagements)
		.innerJoin(people, eq(people.id, engagements.personId))
		.innerJoin(initiatives, eq(initiatives.id, engagements.initiativeId))
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(filter.state === 'requested' ? desc(engagements.requestedAt) : asc(people.displayName));
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.engagement.id);
	const openNeeds = await db
		.select()
		.from(needs)
		.where(and(inArray(needs.engagementId, ids), eq(needs.status, 'open')))
		.orderBy(asc(needs.openedAt));
	const personIds = [...new Set(rows.map((r) => r.person.id))];
	const intros = await db
		.select({
			innovatorId: introductions.innovatorId,
			engagementId: introductions.engagementId,
			status: introductions.status,
			sentAt: introductions.sentAt,
			acceptedAt: introductions.acceptedAt
		})
		.from(introductions)
		.where(inArray(introductions.innovatorId, personIds));
	return rows.map(({ engagement, person, initiative }) => {
		const own = openNeeds.filter((n) => n.engagementId === engagement.id);
		const ownIntros = intros.filter((i) => i.engagementId === engagement.id || (i.engagementId === null && i.innovatorId === person.id));
		const flags =
			engagement.state === 'active'
				? caseFlags(
						{
							startedAt: engagement.startedAt,
							lastContactAt: engagement.lastContactAt,
							plannedEndAt: engagement.plannedEndAt,
							openNeeds: own,
							introductions: ownIntros
						},
						now
					)
				: [];
		return {
			id: engagement.id,
			person: { id: person.id, name: person.displayName, email: person.email },
			initiative: { id: initiative.id, title: initiative.title, stage: initiative.stage },
			state: engagement.state,
			version: engagement.version,
			source: engagement.source,
			requestedAt: engagement.requestedAt.toISOString(),
			openNeeds: own.map((n) => ({ id: n.id, category: n.category, text: n.text })),
			lastContactAt: iso(engagement.lastContactAt),
			plannedEndAt: iso(engagement.plannedEndAt),
			nextAction: engagement.nextAction,
			flags
		};
	});
}
