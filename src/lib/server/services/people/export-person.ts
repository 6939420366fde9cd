/**
 * A person's full data export (GDPR right of access): the directory record with everything
 * linked, every row of any table that refers to them (found in information_schema, so
 * later modules are included), and the audit entries about them. Staff, or the person.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/core.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { loadPersonFull } from './get-person.ts';
import { assertPersonId } from './person-links.ts';
import { personReferences } from './person-references.ts';

/** Linked tables the person record already shows in full. */
const SHOWN = new Set(['person_terms', 'person_organisations', 'consents', 'timeline_events']);
const SECRET_COLUMNS = /password|token|hash|secret/i;
/**
 * What the team writes about a person for its own work (advice, next actions, dismissal
 * reasons, notes on introductions): in a staff export, not in the person's own
 * (decision 041). Tables that are the team's working notes are left out as a whole.
 */
const STAFF_ONLY_TABLES = /^(match_dismissals|review_)/;
const STAFF_ONLY_COLUMNS = /note|reason|next_action|exit_plan|advice|staff/i;

export async function exportPerson(db: Db, actor: Actor, id: string, locale: Locale = 'nl') {
	assertPersonId(id);
	const full = await loadPersonFull(db, id, locale);
	if (!full) throw notFound('Person');
	authorize(actor, 'people.export', { ownerUserIds: full.userId ? [full.userId] : [] });
	const staff = isStaff(actor);
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { staffNotes, ...own } = full;
	const related: Record<string, Record<string, unknown>[]> = {};
	for (const ref of await personReferences(db)) {
		if (SHOWN.has(ref.table)) continue;
		if (!staff && STAFF_ONLY_TABLES.test(ref.table)) continue;
		const rows = rowsOf<Record<string, unknown>>(
			await db.execute(sql`select * from ${sql.identifier(ref.table)} where ${sql.identifier(ref.column)} = ${id} limit 5000`)
		);
		if (rows.length) {
			const hidden = (column: string) => SECRET_COLUMNS.test(column) || (!staff && STAFF_ONLY_COLUMNS.test(column));
			related[`${ref.table}.${ref.column}`] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !hidden(k))));
		}
	}
	const audit = await db
		.select({ at: auditLog.at, action: auditLog.action, actor: auditLog.actorLabel, before: auditLog.before, after: auditLog.after })
		.from(auditLog)
		.where(and(eq(auditLog.subjectType, 'person'), eq(auditLog.subjectId, id)))
		.orderBy(desc(auditLog.at));
	await recordAudit(db, actor, { action: 'person.export', subjectType: 'person', subjectId: id });
	return {
		exportedAt: new Date().toISOString(),
		format: 'sif-person-export/1',
		person: staff ? full : { ...own, timeline: own.timeline.filter((e) => e.public) },
		related,
		audit: staff ? audit : audit.map((a) => ({ at: a.at, action: a.action }))
	};
}
