import { and, count, gte, inArray, isNull, sql } from 'drizzle-orm';
import { accountLinks, auditLog, outbox, users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor } from '../../auth/actor.ts';

/** The numbers on the staff dashboard. */
export async function staffOverview(db: Db, actor: Actor) {
	authorize(actor, 'users.list');
	const [[u], [invites], [mails], [changes]] = await Promise.all([
		db.select({ n: count() }).from(users),
		db
			.select({ n: count() })
			.from(accountLinks)
			.where(and(isNull(accountLinks.usedAt), sql`${accountLinks.kind} = 'invitation'`, gte(accountLinks.expiresAt, new Date()))),
		db.select({ n: count() }).from(outbox).where(inArray(outbox.status, ['pending', 'kept'])),
		db.select({ n: count() }).from(auditLog).where(gte(auditLog.at, sql`date_trunc('day', now() at time zone 'Europe/Brussels') at time zone 'Europe/Brussels'`))
	]);
	return {
		users: Number(u.n),
		pendingInvites: Number(invites.n),
		outbox: Number(mails.n),
		changesToday: Number(changes.n)
	};
}
