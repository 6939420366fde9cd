import { desc, eq } from 'drizzle-orm';
import { outbox } from '../../db/schema/core.ts';
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

export async function getOutboxMessage(db: Db, actor: Actor, id: string) {
	authorize(actor, 'outbox.read');
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	if (!row) throw notFound('E-mail');
	return row;
}
