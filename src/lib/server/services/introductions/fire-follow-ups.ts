/**
 * Worker task: the follow-up reminders of accepted introductions (3 weeks and 3 months
 * after both accepted) that are due by `now`. Each becomes a notification for the staff
 * owner ("what came of it?"), gathered in their digest. Reminders of introductions that
 * already have an outcome, or were declined, are cancelled instead. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two app instances never fire one twice.
 */
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { introductions, reminders } from '../../db/schema/intake.ts';
import { peopleByIds } from '../intake/intake-records.ts';
import { notify } from './notify.ts';

export async function fireFollowUpReminders(db: Db, now: Date, batch = 100): Promise<{ fired: number; cancelled: number }> {
	return db.transaction(async (tx) => {
		const due = await tx
			.select()
			.from(reminders)
			.where(
				and(
					eq(reminders.kind, 'introduction_followup'),
					isNull(reminders.firedAt),
					isNull(reminders.cancelledAt),
					lte(reminders.dueAt, now)
				)
			)
			.orderBy(reminders.dueAt)
			.limit(batch)
			.for('update', { skipLocked: true });
		if (due.length === 0) return { fired: 0, cancelled: 0 };
		const intros = await tx.select().from(introductions).where(inArray(introductions.id, due.map((r) => r.subjectId)));
		const byId = new Map(intros.map((i) => [i.id, i]));
		const names = await peopleByIds(tx, [...new Set(intros.flatMap((i) => [i.innovatorId, i.personId]))]);
		let fired = 0;
		let cancelled = 0;
		for (const reminder of due) {
			const intro = byId.get(reminder.subjectId);
			if (!intro || !['accepted', 'met'].includes(intro.status)) {
				await tx.update(reminders).set({ cancelledAt: now }).where(eq(reminders.id, reminder.id));
				cancelled += 1;
				continue;
			}
			await notify(tx, reminder.ownerUserId, {
				kind: 'introduction.followup',
				summaryKey: reminder.step === '3m' ? 'intake.reminderFollowUp_3m' : 'intake.reminderFollowUp_3w',
				params: {
					innovator: names.get(intro.innovatorId)?.displayName ?? '',
					other: names.get(intro.personId)?.displayName ?? ''
				},
				link: intro.engagementId ? `/cases/${intro.engagementId}` : '/my-actions',
				at: now
			});
			await tx.update(reminders).set({ firedAt: now }).where(eq(reminders.id, reminder.id));
			fired += 1;
		}
		return { fired, cancelled };
	});
}
