/**
 * Worker tasks of the events area: the reminder before an event (to those confirmed) and
 * the survey invitation after it (to those checked in, or to those confirmed when nobody
 * was checked in). Each event is claimed `FOR UPDATE SKIP LOCKED` and marked in the same
 * transaction as its e-mails, so two workers never send twice.
 */
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, events } from '../../db/schema/events.ts';
import { sendRegistrationMail } from './event-emails.ts';

/** Sends due reminders; returns how many e-mails were queued. */
export async function sendEventReminders(db: Db, now: Date): Promise<number> {
	let sent = 0;
	for (;;) {
		const done = await db.transaction(async (tx) => {
			const [event] = await tx
				.select()
				.from(events)
				.where(
					and(
						isNotNull(events.reminderHours),
						isNull(events.reminderSentAt),
						sql`${events.startsAt} > ${now}`,
						sql`${events.startsAt} - make_interval(hours => ${events.reminderHours}) <= ${now}`
					)
				)
				.limit(1)
				.for('update', { skipLocked: true });
			if (!event) return null;
			const confirmed = await tx
				.select()
				.from(eventRegistrations)
				.where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'confirmed'), isNull(eventRegistrations.remindedAt)));
			for (const registration of confirmed) {
				await sendRegistrationMail(tx, 'reminder', event, registration, registration.ticketToken, now);
			}
			if (confirmed.length) {
				await tx
					.update(eventRegistrations)
					.set({ remindedAt: now })
					.where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'confirmed'), isNull(eventRegistrations.remindedAt)));
			}
			await tx.update(events).set({ reminderSentAt: now }).where(eq(events.id, event.id));
			return confirmed.length;
		});
		if (done === null) return sent;
		sent += done;
	}
}

/** Sends the survey invitation of events that ended and whose survey is open. */
export async function sendEventSurveys(db: Db, now: Date): Promise<number> {
	let sent = 0;
	for (;;) {
		const done = await db.transaction(async (tx) => {
			const [event] = await tx
				.select()
				.from(events)
				.where(
					and(
						eq(events.surveyOpen, true),
						isNull(events.surveySentAt),
						sql`coalesce(${events.endsAt}, ${events.startsAt} + interval '2 hours') <= ${now}`
					)
				)
				.limit(1)
				.for('update', { skipLocked: true });
			if (!event) return null;
			const present = await tx
				.select()
				.from(eventRegistrations)
				.where(and(eq(eventRegistrations.eventId, event.id), isNotNull(eventRegistrations.checkedInAt)));
			const recipients = present.length
				? present
				: await tx
						.select()
						.from(eventRegistrations)
						.where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'confirmed')));
			for (const registration of recipients) {
				if (registration.ticketToken) await sendRegistrationMail(tx, 'survey', event, registration, registration.ticketToken, now);
			}
			await tx.update(events).set({ surveySentAt: now }).where(eq(events.id, event.id));
			return recipients.length;
		});
		if (done === null) return sent;
		sent += done;
	}
}
