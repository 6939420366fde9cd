/**
 * Check-in at the door, by registration id (a name found by search) or by the code on
 * the ticket (typed or scanned). Checking in twice keeps the first time and says so;
 * a waitlisted or cancelled registration is checked in only when staff insist (`force`),
 * because the door decides, not the list.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations } from '../../db/schema/events.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { timelineEvents } from '../../db/schema/people.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { normaliseCheckinCode } from '../../../domain/events/places.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { isUuid, lockEvent } from './event-records.ts';

export interface CheckInInput {
	eventId: string;
	registrationId?: string;
	code?: string;
	force?: boolean;
}

export async function checkInRegistration(db: Db, actor: Actor, input: CheckInInput, locale: Locale = 'nl', now = new Date()) {
	authorize(actor, 'events.checkIn');
	const code = input.code ? normaliseCheckinCode(input.code) : undefined;
	if (!code && !(input.registrationId && isUuid(input.registrationId))) {
		throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
	}
	return db.transaction(async (tx) => {
		const event = await lockEvent(tx, input.eventId, locale);
		const [registration] = await tx
			.select()
			.from(eventRegistrations)
			.where(
				and(
					eq(eventRegistrations.eventId, event.id),
					code ? eq(eventRegistrations.checkinCode, code) : eq(eventRegistrations.id, input.registrationId!)
				)
			)
			.for('update');
		if (!registration) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
		if (registration.status !== 'confirmed' && !input.force) {
			throw new AppError('invalid_state', translate(locale, `events.checkInNot_${registration.status}`, { name: registration.name }), {
				status: registration.status,
				id: registration.id
			});
		}
		const already = registration.checkedInAt !== null;
		const checkedInAt = registration.checkedInAt ?? now;
		if (!already) {
			await tx.update(eventRegistrations).set({ checkedInAt }).where(eq(eventRegistrations.id, registration.id));
			await recordAudit(tx, actor, {
				action: 'event.check_in',
				subjectType: 'event_registration',
				subjectId: registration.id,
				after: { checkedInAt, status: registration.status, forced: registration.status !== 'confirmed' }
			});
			// Attendance joins the person's timeline in the directory (when the e-mail is known there).
			if (registration.personId) {
				await tx.insert(timelineEvents).values({
					personId: registration.personId,
					at: checkedInAt,
					kind: 'event.attended',
					summaryKey: 'events.timelineAttended',
					params: { title: event.title },
					link: `/events/${event.id}`,
					actorId: actorUserId(actor),
					public: true
				});
			}
		}
		return {
			id: registration.id,
			name: registration.name,
			status: registration.status as 'confirmed' | 'waitlisted' | 'cancelled',
			checkedInAt: checkedInAt.toISOString(),
			alreadyCheckedIn: already
		};
	});
}

/** Undo a check-in made by mistake. */
export async function undoCheckIn(db: Db, actor: Actor, input: { eventId: string; registrationId: string }, locale: Locale = 'nl') {
	authorize(actor, 'events.checkIn');
	if (!isUuid(input.registrationId)) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(eventRegistrations)
			.set({ checkedInAt: null })
			.where(and(eq(eventRegistrations.id, input.registrationId), eq(eventRegistrations.eventId, input.eventId)))
			.returning();
		if (!row) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
		await recordAudit(tx, actor, { action: 'event.undo_check_in', subjectType: 'event_registration', subjectId: row.id });
	});
}
