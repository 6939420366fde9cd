/**
 * Editing and deleting cohorts (decision 076): staff only, version-checked edits, and a
 * delete that needs `confirm` as soon as members or sessions would be lost with it.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohorts } from '../../db/schema/cohorts.ts';
import { programmes } from '../../db/schema/programmes.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { CohortUpdateSchema, DeleteQuerySchema } from '../../../schemas/cohorts.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { cohortById, toCohort } from './cohort-records.ts';

/** A programme id must name a programme: a message by the field, not a foreign-key error. */
export async function assertProgramme(tx: Db, programmeId: string | undefined, locale: Locale) {
	if (!programmeId) return;
	const [row] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
	if (!row) {
		const message = translate(locale, 'cohorts.programmeNotFound');
		throw new AppError('validation_failed', message, { fields: { programmeId: [message] } });
	}
}

export async function updateCohort(db: Db, actor: Actor, cohortId: string, input: unknown, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(CohortUpdateSchema, input, locale);
	return db.transaction(async (tx) => {
		const before = await cohortById(tx, cohortId, locale);
		if (before.version !== data.version) throw new AppError('version_conflict', translate(locale, 'cohorts.versionConflict'));
		await assertProgramme(tx, data.programmeId, locale);
		const [after] = await tx
			.update(cohorts)
			.set({
				name: data.name,
				kind: data.kind,
				year: data.year,
				theme: data.theme,
				programmeId: data.programmeId ?? null,
				requiredSessions: data.requiredSessions ?? null,
				version: before.version + 1
			})
			.where(eq(cohorts.id, before.id))
			.returning();
		await recordAudit(tx, actor, { action: 'cohort.update', subjectType: 'cohort', subjectId: before.id, before: toCohort(before), after: toCohort(after) });
		return toCohort(after);
	});
}

/** What deleting a cohort would take with it. */
export async function cohortFootprint(tx: Db, cohortId: string) {
	const [row] = await tx
		.select({
			members: sql<number>`(select count(*)::int from cohort_members m where m.cohort_id = ${cohortId})`,
			sessions: sql<number>`(select count(*)::int from cohort_sessions s where s.cohort_id = ${cohortId})`,
			attendance: sql<number>`(select count(*)::int from cohort_attendance a join cohort_sessions s on s.id = a.session_id where s.cohort_id = ${cohortId})`
		})
		.from(cohorts)
		.where(eq(cohorts.id, cohortId));
	return { members: Number(row.members), sessions: Number(row.sessions), attendance: Number(row.attendance) };
}

/**
 * Deletes a cohort with its members, sessions and attendance (certificates can no longer be
 * made). Without `confirm` a cohort that holds any of those is refused (409) with a
 * message saying what would be lost.
 */
export async function deleteCohort(db: Db, actor: Actor, cohortId: string, input: unknown, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	const { confirm } = parseInput(DeleteQuerySchema, input ?? {}, locale);
	return db.transaction(async (tx) => {
		const before = await cohortById(tx, cohortId, locale);
		const lost = await cohortFootprint(tx, before.id);
		if (!confirm && lost.members + lost.sessions > 0) {
			throw new AppError('conflict', translate(locale, 'cohorts.deleteCohortNeedsConfirm', lost), { lost });
		}
		await tx.delete(cohorts).where(eq(cohorts.id, before.id));
		await recordAudit(tx, actor, { action: 'cohort.delete', subjectType: 'cohort', subjectId: before.id, before: { ...toCohort(before), ...lost } });
		return { id: before.id, deleted: true as const, lost };
	});
}
