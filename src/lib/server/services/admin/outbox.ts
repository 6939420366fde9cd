import { and, desc, eq, inArray } from 'drizzle-orm';
import { accountLinks, outbox, users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor } from '../../auth/actor.ts';
import { notFound } from '../../errors.ts';

/** The outbox as staff read it: newest first, optionally one recipient. */
export async function listOutbox(db: Db, actor: Actor, options: { to?: string; limit?: number } = {}) {
	authorize(actor, 'outbox.read');
	const query = db
		.select({
			id: outbox.id,
			to: outbox.to,
			subject: outbox.subject,
			kind: outbox.kind,
			status: outbox.status,
			createdAt: outbox.createdAt,
			sentAt: outbox.sentAt,
			lastError: outbox.lastError
		})
		.from(outbox)
		.orderBy(desc(outbox.createdAt))
		.limit(options.limit ?? 200);
	return options.to ? query.where(eq(outbox.to, options.to.trim().toLowerCase())) : query;
}

const PRIVILEGED = ['admin', 'staff'];
const ACCOUNT_LINK = /https?:\/\/\S+\/(?:reset|invitation)\/\S+/g;
export const HIDDEN_LINK = '[link hidden: only an administrator may read it]';

/**
 * One e-mail in full. Staff read the outbox to pass on links when no SMTP server is set,
 * but a password-reset or invitation link for a staff or admin account would let a staff
 * member take that account over: for anyone but an admin those links are hidden.
 */
export async function getOutboxMessage(db: Db, actor: Actor, id: string) {
	authorize(actor, 'outbox.read');
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	if (!row) throw notFound('E-mail');
	const admin = actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
	if (admin || (row.kind !== 'password_reset' && row.kind !== 'invitation')) return row;
	const privileged =
		row.kind === 'password_reset'
			? await db.select({ id: users.id }).from(users).where(and(eq(users.email, row.to), inArray(users.role, PRIVILEGED)))
			: await db
					.select({ id: accountLinks.id })
					.from(accountLinks)
					.where(and(eq(accountLinks.kind, 'invitation'), eq(accountLinks.email, row.to), inArray(accountLinks.role, PRIVILEGED)));
	if (privileged.length === 0) return row;
	return {
		...row,
		text: row.text.replace(ACCOUNT_LINK, HIDDEN_LINK),
		html: row.html?.replace(ACCOUNT_LINK, HIDDEN_LINK) ?? null
	};
}
