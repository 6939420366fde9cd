/** People an innovator can be introduced to: everyone in the directory but them, by name. */
import { and, asc, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';

export async function introductionCandidates(db: Db, actor: Actor, innovatorId: string) {
	authorize(actor, 'introductions.manage');
	const rows = await db
		.select({ id: people.id, name: people.displayName, roles: people.roles })
		.from(people)
		.where(and(ne(people.id, innovatorId), isNull(people.mergedIntoId), isNull(people.erasedAt)))
		.orderBy(asc(people.displayName))
		.limit(2000);
	return rows.map((r) => ({ value: r.id, label: r.roles.length ? `${r.name} (${r.roles.join(', ')})` : r.name }));
}
