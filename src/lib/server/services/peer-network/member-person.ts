/**
 * The person behind a member's account. Members use the network as a person (ledger
 * accounts are per person); a member whose account has no person yet gets one linked on
 * first visit: an existing unlinked record with the same e-mail, or a new one.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

export interface MemberPerson {
	id: string;
	displayName: string;
	email: string | null;
	locale: 'nl' | 'fr' | 'en';
}

const columns = {
	id: people.id,
	displayName: people.displayName,
	email: people.email,
	locale: people.locale
};

function asUser(actor: Actor): UserActor {
	if (actor.kind !== 'user') throw new AppError('forbidden', 'Only a signed-in member has a person');
	return actor;
}

/** The actor's person, or null when none is linked yet (never creates one). */
export async function findMemberPerson(db: Db, actor: Actor): Promise<MemberPerson | null> {
	const user = asUser(actor);
	const [row] = await db.select(columns).from(people).where(eq(people.userId, user.userId));
	return (row as MemberPerson | undefined) ?? null;
}

/** The actor's person, linked or created in one transaction when missing (audited). */
export async function ensureMemberPerson(db: Db, actor: Actor): Promise<MemberPerson> {
	const user = asUser(actor);
	const found = await findMemberPerson(db, user);
	if (found) return found;
	return db.transaction(async (tx) => {
		const email = user.email.trim().toLowerCase();
		const [unlinked] = await tx
			.select(columns)
			.from(people)
			.where(and(eq(people.email, email), isNull(people.userId)))
			.for('update');
		if (unlinked) {
			await tx.update(people).set({ userId: user.userId }).where(eq(people.id, unlinked.id));
			await recordAudit(tx, user, {
				action: 'peerNetwork.linkPerson',
				subjectType: 'person',
				subjectId: unlinked.id,
				after: { userId: user.userId }
			});
			return unlinked as MemberPerson;
		}
		const [taken] = await tx.select({ id: people.id }).from(people).where(eq(people.email, email));
		const [created] = await tx
			.insert(people)
			.values({
				displayName: user.name || email,
				email: taken ? null : email,
				locale: user.locale,
				roles: [user.role],
				userId: user.userId
			})
			.onConflictDoNothing()
			.returning(columns);
		// A concurrent first visit may have linked one already: use that.
		const person = created ?? (await findMemberPerson(tx, user));
		if (!person) throw new AppError('conflict', 'Could not link a person to this account');
		if (created) {
			await recordAudit(tx, user, {
				action: 'peerNetwork.createPerson',
				subjectType: 'person',
				subjectId: created.id,
				after: created
			});
		}
		return person as MemberPerson;
	});
}
