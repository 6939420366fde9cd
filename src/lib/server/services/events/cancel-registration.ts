/**
 * Cancelling a registration — by staff or the API (by id) or by the person through their
 * ticket link — frees its place and its workshop places, and promotes the first on the
 * waitlist, all in one transaction under the event's row lock. Cancelling twice is
 * harmless: the second call changes nothing and promotes no one.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, eventWorkshopChoices } from '../../db/schema/events.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../auth/crypto.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { isUuid, lockEvent, type EventRow, type RegistrationRow } from './event-records.ts';
import { fillFreePlaces, fillWorkshopPlaces } from './promote-waitlist.ts';
import { sendRegistrationMail } from './event-emails.ts';

export interface CancelResult {
	id: string;
	status: 'cancelled';
	promoted: string | null;
}

export async function cancelRegistration(
	db: Db,
	actor: Actor,
	input: { eventId: string; registrationId: string },
	locale: Locale = 'nl',
	now = new Date()
): Promise<CancelResult> {
	authorize(actor, 'events.register');
	if (!isUuid(input.registrationId)) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
	return db.transaction(async (tx) => {
		const event = await lockEvent(tx, input.eventId, locale);
		const [registration] = await tx
			.select()
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.id, input.registrationId), eq(eventRegistrations.eventId, event.id)))
			.for('update');
		if (!registration) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
		return cancelLocked(tx, actor, event, registration, now);
	});
}

/** The person's own cancellation, through the secret of their ticket link (no account). */
export async function cancelRegistrationByTicket(
	db: Db,
	actor: Actor,
	input: { eventId: string; token: string },
	locale: Locale = 'nl',
	now = new Date()
): Promise<CancelResult> {
	return db.transaction(async (tx) => {
		const event = await lockEvent(tx, input.eventId, locale);
		const [registration] = await tx
			.select()
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.ticketTokenHash, hashToken(input.token)), eq(eventRegistrations.eventId, event.id)))
			.for('update');
		if (!registration) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
		return cancelLocked(tx, actor, event, registration, now);
	});
}

async function cancelLocked(tx: Db, actor: Actor, event: EventRow, registration: RegistrationRow, now: Date): Promise<CancelResult> {
	if (registration.status === 'cancelled') return { id: registration.id, status: 'cancelled', promoted: null };
	const choices = await tx
		.select()
		.from(eventWorkshopChoices)
		.where(eq(eventWorkshopChoices.registrationId, registration.id));
	await tx.delete(eventWorkshopChoices).where(eq(eventWorkshopChoices.registrationId, registration.id));
	await tx
		.update(eventRegistrations)
		.set({ status: 'cancelled', cancelledAt: now })
		.where(eq(eventRegistrations.id, registration.id));
	const promoted = registration.status === 'confirmed' ? await fillFreePlaces(tx, event, now) : [];
	for (const choice of choices) {
		if (choice.status === 'confirmed') await fillWorkshopPlaces(tx, choice.workshopId, now);
	}
	await recordAudit(tx, actor, {
		action: 'event.cancel_registration',
		subjectType: 'event_registration',
		subjectId: registration.id,
		before: { status: registration.status, workshops: choices.map((c) => ({ workshopId: c.workshopId, status: c.status })) },
		after: { status: 'cancelled', promoted }
	});
	await sendRegistrationMail(tx, 'cancelled', event, registration, null, now);
	return { id: registration.id, status: 'cancelled', promoted: promoted[0] ?? null };
}
