import { and, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor } from '../../auth/actor.ts';
import { parseInput } from '../../validation.ts';

export const AuditFilterSchema = z.object({
	q: z.string().trim().max(200).optional(),
	action: z.string().trim().max(100).optional(),
	subjectType: z.string().trim().max(100).optional(),
	subjectId: z.string().trim().max(100).optional(),
	from: z.iso.date().optional().or(z.literal('').transform(() => undefined)),
	to: z.iso.date().optional().or(z.literal('').transform(() => undefined)),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});

export const AUDIT_PAGE_SIZE = 50;

/** Audit entries, newest first, filtered by actor/action text, subject and dates. */
export async function listAudit(db: Db, actor: Actor, input: z.input<typeof AuditFilterSchema>) {
	authorize(actor, 'audit.read');
	const filter = parseInput(AuditFilterSchema, input);
	const conditions: SQL[] = [];
	if (filter.q) {
		const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
		conditions.push(or(ilike(auditLog.actorLabel, like), ilike(auditLog.action, like))!);
	}
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
	if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
	if (filter.from) conditions.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00+01:00`)));
	if (filter.to) conditions.push(lt(auditLog.at, new Date(new Date(`${filter.to}T00:00:00+01:00`).getTime() + 86_400_000)));
	const rows = await db
		.select()
		.from(auditLog)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset((filter.page - 1) * AUDIT_PAGE_SIZE);
	return { filter, entries: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
