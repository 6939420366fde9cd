/**
 * Reminds everyone invited to a day who has not answered yet (not registered, not
 * declined), at most once a day per person, in their own language, with their link.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adParticipants } from '../../db/schema/acceleration-day.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { loadDay, loadParticipants, personalLink } from './day-records.ts';

const DAY_MS = 24 * 3600 * 1000;

export async function sendReminders(
	db: Db,
	actor: Actor,
	input: { dayId: string },
	locale: Locale = 'nl',
	now = new Date()
): Promise<{ reminded: number }> {
	authorize(actor, 'accelerationDay.manage');
	return db.transaction(async (tx) => {
		const day = await loadDay(tx, input.dayId, locale, true);
		const due = (await loadParticipants(tx, day.id)).filter(
			(p) => p.status === 'invited' && p.email && (!p.remindedAt || now.getTime() - p.remindedAt.getTime() >= DAY_MS)
		);
		for (const p of due) {
			await enqueueEmail(tx, {
				to: p.email!,
				kind: 'accelerationDay.reminder',
				subject: translate(p.locale, 'accelerationDay.reminderSubject', { title: day.title }),
				text: translate(p.locale, 'accelerationDay.inviteBody', {
					name: p.name,
					title: day.title,
					date: day.date,
					venue: day.venue,
					url: personalLink(p.token)
				})
			});
		}
		if (due.length) {
			await tx
				.update(adParticipants)
				.set({ remindedAt: now })
				.where(and(eq(adParticipants.dayId, day.id), inArray(adParticipants.id, due.map((p) => p.id))));
			await recordAudit(tx, actor, {
				action: 'accelerationDay.remind',
				subjectType: 'ad_day',
				subjectId: day.id,
				after: { reminded: due.map((p) => p.id) }
			});
		}
		return { reminded: due.length };
	});
}
