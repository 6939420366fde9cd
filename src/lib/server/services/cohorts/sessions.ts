/** The curriculum: staff add sessions, each with its own check-in code. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { cohortSessions } from '../../db/schema/cohorts.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { SessionCreateSchema } from '../../../schemas/cohorts.ts';
import { codeFromBytes } from '../../../domain/cohorts/progress.ts';
import type { Locale } from '../../../i18n/core.ts';
import { cohortById, toSession } from './cohort-records.ts';
import { mailSession } from './member-mail.ts';

/**
 * Adds a session; when it lies ahead, members are e-mailed with an .ics (decision 076).
 * Sessions recorded afterwards (already held) mail nobody.
 */
export async function addSession(db: Db, actor: Actor, cohortId: string, input: unknown, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'cohorts.manage');
	const data = parseInput(SessionCreateSchema, input, locale);
	return db.transaction(async (tx) => {
		const cohort = await cohortById(tx, cohortId, locale);
		// 32^6 ≈ 10^9 codes; a collision hits the unique index and the request can be retried.
		const [row] = await tx
			.insert(cohortSessions)
			.values({
				cohortId: cohort.id,
				kind: data.kind,
				title: data.title,
				startsAt: data.startsAt,
				endsAt: data.endsAt ?? null,
				place: data.place,
				facilitatorPersonId: data.facilitatorPersonId ?? null,
				facilitatorName: data.facilitatorName,
				materials: data.materials,
				checkInCode: codeFromBytes(randomBytes(6))
			})
			.returning();
		const mailed = row.startsAt.getTime() > now.getTime() ? await mailSession(tx, cohort, row, 'added', now) : 0;
		await recordAudit(tx, actor, { action: 'cohort.session_add', subjectType: 'cohort_session', subjectId: row.id, after: { ...row, mailed } });
		return toSession(row);
	});
}
