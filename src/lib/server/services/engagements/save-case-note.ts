/** Records a contact and the next action of a case, at the version the caller saw. */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { CaseNoteSchema } from '../../../schemas/intake.ts';
import { lockEngagement, touchEngagement } from '../intake/intake-records.ts';

export async function saveCaseNote(
	db: Db,
	actor: Actor,
	input: z.input<typeof CaseNoteSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ version: number }> {
	authorize(actor, 'intake.manage');
	const data = parseInput(CaseNoteSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockEngagement(tx, data.engagementId, data.version);
		const values = {
			nextAction: data.nextAction || null,
			...(data.contactAt ? { lastContactAt: data.contactAt } : {})
		};
		const updated = await touchEngagement(tx, row.id, now, values);
		await recordAudit(tx, actor, {
			action: 'engagement.note',
			subjectType: 'engagement',
			subjectId: row.id,
			before: { nextAction: row.nextAction, lastContactAt: row.lastContactAt, version: row.version },
			after: { ...values, version: updated.version }
		});
		return { version: updated.version };
	});
}
