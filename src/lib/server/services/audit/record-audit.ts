import { auditLog } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { actorLabel, actorUserId, type Actor } from '../../auth/actor.ts';

export interface AuditEntry {
	action: string;
	subjectType: string;
	subjectId?: string | null;
	before?: unknown;
	after?: unknown;
}

/** Secrets never reach the audit log, whatever a caller passes. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'token']);

function redact(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.map(redact);
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.filter(([key]) => !SECRET_KEYS.has(key))
				.map(([key, v]) => [key, redact(v)])
		);
	}
	return value;
}

/** Records who did what to which subject, with before/after; call inside the write's transaction. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorId: actorUserId(actor),
		actorLabel: actorLabel(actor),
		action: entry.action,
		subjectType: entry.subjectType,
		subjectId: entry.subjectId ?? null,
		before: redact(entry.before),
		after: redact(entry.after)
	});
}
