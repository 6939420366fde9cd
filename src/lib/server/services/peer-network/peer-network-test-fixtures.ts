/** Test fixtures for the network's database tests: member accounts with their person. */
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import type { Role, UserActor } from '../../auth/actor.ts';
import { ensureMemberPerson } from './member-person.ts';

let counter = 0;

export interface SeededMember {
	actor: UserActor;
	personId: string;
}

/** A user with the given role and the person linked to it (created like on first visit). */
export async function seedAccount(db: Db, name: string, role: Role = 'member'): Promise<SeededMember> {
	counter += 1;
	const email = `${name.toLowerCase().replace(/\W+/g, '')}${counter}-${Date.now()}@example.be`;
	const [user] = await db.insert(users).values({ email, name, role }).returning();
	const actor: UserActor = { kind: 'user', userId: user.id, role, name, email, locale: 'en', via: 'session' };
	const person = await ensureMemberPerson(db, actor);
	return { actor, personId: person.id };
}
