/**
 * Worker task: bundles each staff member's pending notifications into one e-mail, at
 * most once per day or per week (their preference, daily by default), never one e-mail
 * per event. A user's preference row is claimed with FOR UPDATE SKIP LOCKED, so app
 * instances running side by side never send one digest twice.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { digestPreferences, notifications } from '../../db/schema/intake.ts';
import { publicOrigin } from '../../config.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate, type MessageKey } from '../../../i18n/index.ts';
import { personLocale } from '../intake/intake-records.ts';

const DAY_MS = 24 * 3600 * 1000;
export const DIGEST_PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS } as const;

/** Whether a digest may go out now: never sent, or the period has passed since the last one. */
export function digestDue(frequency: string, lastSentAt: Date | null, now: Date): boolean {
	if (!lastSentAt) return true;
	const period = frequency === 'weekly' ? DIGEST_PERIOD_MS.weekly : DIGEST_PERIOD_MS.daily;
	// a little slack, so a digest sent at 08:00:03 yesterday does not wait for tomorrow
	return now.getTime() - lastSentAt.getTime() >= period - 60_000;
}

export async function sendDigests(db: Db, now: Date): Promise<{ sent: number }> {
	const waiting = await db
		.selectDistinct({ userId: notifications.userId })
		.from(notifications)
		.where(and(isNull(notifications.digestedAt), lte(notifications.createdAt, now)));
	let sent = 0;
	for (const { userId } of waiting) {
		await db.insert(digestPreferences).values({ userId }).onConflictDoNothing();
		const done = await db.transaction(async (tx) => {
			const [pref] = await tx
				.select()
				.from(digestPreferences)
				.where(eq(digestPreferences.userId, userId))
				.for('update', { skipLocked: true });
			if (!pref || !digestDue(pref.frequency, pref.lastSentAt, now)) return false;
			const [user] = await tx.select().from(users).where(eq(users.id, userId));
			const pending = await tx
				.select()
				.from(notifications)
				.where(and(eq(notifications.userId, userId), isNull(notifications.digestedAt), lte(notifications.createdAt, now)))
				.orderBy(asc(notifications.createdAt));
			if (!user || pending.length === 0) return false;
			if (!user.disabledAt) {
				const locale = personLocale(user.locale);
				const lines = pending.map((n) => {
					const text = translate(locale, n.summaryKey as MessageKey, (n.params ?? {}) as Record<string, string>);
					return `- ${text}${n.link ? `\n  ${publicOrigin()}${n.link}` : ''}`;
				});
				await enqueueEmail(tx, {
					to: user.email,
					kind: 'notification.digest',
					subject: translate(locale, 'intake.digestSubject', { count: pending.length }),
					text: `${translate(locale, 'intake.digestIntro', { name: user.name })}\n\n${lines.join('\n')}\n`
				});
			}
			await tx
				.update(notifications)
				.set({ digestedAt: now })
				// Exactly the rows this e-mail listed: one committed meanwhile waits for the next digest.
				.where(inArray(notifications.id, pending.map((n) => n.id)));
			await tx.update(digestPreferences).set({ lastSentAt: now }).where(eq(digestPreferences.userId, userId));
			return true;
		});
		if (done) sent += 1;
	}
	return { sent };
}

/** A staff member's digest frequency (daily unless they chose weekly). */
export async function digestFrequency(db: Db, userId: string): Promise<'daily' | 'weekly'> {
	const [row] = await db.select().from(digestPreferences).where(eq(digestPreferences.userId, userId));
	return row?.frequency === 'weekly' ? 'weekly' : 'daily';
}

/** The signed-in staff member chooses how often their digest comes. */
export async function setDigestFrequency(db: Db, actor: Actor, frequency: 'daily' | 'weekly'): Promise<void> {
	authorize(actor, 'review.run');
	const userId = actorUserId(actor);
	if (!userId) throw new AppError('forbidden', 'Only a signed-in user has a digest');
	if (frequency !== 'daily' && frequency !== 'weekly') throw new ValidationError({ frequency: ['common.fieldRequired'] });
	await db
		.insert(digestPreferences)
		.values({ userId, frequency })
		.onConflictDoUpdate({ target: digestPreferences.userId, set: { frequency: sql`excluded.frequency` } });
}
