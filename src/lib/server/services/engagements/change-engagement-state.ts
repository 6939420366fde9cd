/** Pauses, resumes, exits or refers out an engagement, with the reason, at the version the caller saw. */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ChangeStateSchema } from '../../../schemas/intake.ts';
import { lockEngagement, moveEngagement } from '../intake/intake-records.ts';

export async function changeEngagementState(
	db: Db,
	actor: Actor,
	input: z.input<typeof ChangeStateSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ state: string; version: number }> {
	authorize(actor, 'intake.manage');
	const data = parseInput(ChangeStateSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockEngagement(tx, data.engagementId, data.version);
		const extra =
			data.event === 'exit' || data.event === 'refer'
				? { exitedAt: now, ...(data.event === 'refer' ? { referredTo: data.referredTo || null } : {}) }
				: {};
		const updated = await moveEngagement(tx, actor, row, data.event, data.reason, now, extra);
		await recordAudit(tx, actor, {
			action: `engagement.${data.event}`,
			subjectType: 'engagement',
			subjectId: row.id,
			before: { state: row.state, version: row.version },
			after: { state: updated.state, version: updated.version, reason: data.reason }
		});
		return { state: updated.state, version: updated.version };
	});
}
