/** The exit conversation's checklist: what continues, who they can still call on, alumni network. */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ExitPlanSchema } from '../../../schemas/intake.ts';
import { addTimeline, lockEngagement, touchEngagement } from '../intake/intake-records.ts';

export async function saveExitPlan(
	db: Db,
	actor: Actor,
	input: z.input<typeof ExitPlanSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ version: number }> {
	authorize(actor, 'intake.manage');
	const data = parseInput(ExitPlanSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockEngagement(tx, data.engagementId, data.version);
		if (row.state !== 'active' && row.state !== 'paused') {
			throw new AppError('invalid_state', 'Only an active or paused case has an exit to prepare');
		}
		const exitPlan = {
			conversationAt: data.conversationAt?.toISOString() ?? null,
			continues: data.continues,
			contacts: data.contacts,
			alumni: data.alumni,
			notes: data.notes
		};
		const updated = await touchEngagement(tx, row.id, now, {
			exitPlan,
			...(data.conversationAt ? { lastContactAt: data.conversationAt } : {})
		});
		if (data.conversationAt) {
			await addTimeline(tx, actor, {
				personId: row.personId,
				kind: 'engagement.exit_conversation',
				summaryKey: 'intake.exitPlan',
				link: `/cases/${row.id}`,
				at: data.conversationAt
			});
		}
		await recordAudit(tx, actor, {
			action: 'engagement.exitPlan',
			subjectType: 'engagement',
			subjectId: row.id,
			before: row.exitPlan,
			after: exitPlan
		});
		return { version: updated.version };
	});
}
