/** Staff create a cohort (a club or track of one year). */
import type { Db } from '../../db/client.ts';
import { cohorts } from '../../db/schema/cohorts.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { CohortCreateSchema } from '../../../schemas/cohorts.ts';
import type { Locale } from '../../../i18n/core.ts';
import { toCohort } from './cohort-records.ts';
import { assertProgramme } from './edit-cohorts.ts';

export async function createCohort(db: Db, actor: Actor, input: unknown, locale: Locale = 'nl') {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(CohortCreateSchema, input, locale);
	return db.transaction(async (tx) => {
		await assertProgramme(tx, data.programmeId, locale);
		const [row] = await tx
			.insert(cohorts)
			.values({
				name: data.name,
				kind: data.kind,
				year: data.year,
				theme: data.theme,
				programmeId: data.programmeId ?? null,
				requiredSessions: data.requiredSessions ?? null,
				createdBy: actorUserId(actor)
			})
			.returning();
		await recordAudit(tx, actor, { action: 'cohort.create', subjectType: 'cohort', subjectId: row.id, after: toCohort(row) });
		return toCohort(row);
	});
}
