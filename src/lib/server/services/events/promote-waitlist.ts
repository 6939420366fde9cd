/**
 * Moving up from waitlists, always under the event's row lock (the caller holds it):
 * free event places go to the earliest waitlisted registrations, free workshop places to
 * the earliest waitlisted choices of confirmed registrations. Each promoted person gets
 * an e-mail in their language.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, eventWorkshopChoices, eventWorkshops } from '../../db/schema/events.ts';
import { toPromote } from '../../../domain/events/places.ts';
import { countConfirmed, countWorkshopConfirmed, waitlistOf, type EventRow } from './event-records.ts';
import { sendRegistrationMail } from './event-emails.ts';

/** Fills the event's free places from its waitlist; returns the promoted registration ids. */
export async function fillFreePlaces(tx: Db, event: EventRow, now: Date): Promise<string[]> {
	const free = event.capacity - (await countConfirmed(tx, event.id));
	const waiting = await waitlistOf(tx, event.id, free);
	const promoted = toPromote(event.capacity, event.capacity - free, waiting);
	for (const registration of promoted) {
		await tx
			.update(eventRegistrations)
			.set({ status: 'confirmed', promotedAt: now })
			.where(eq(eventRegistrations.id, registration.id));
		await sendRegistrationMail(tx, 'promoted', event, registration, registration.ticketToken, now);
		// A newly confirmed person now competes for the workshops they chose.
		const choices = await tx
			.select({ workshopId: eventWorkshopChoices.workshopId })
			.from(eventWorkshopChoices)
			.where(eq(eventWorkshopChoices.registrationId, registration.id));
		for (const choice of choices) await fillWorkshopPlaces(tx, choice.workshopId, now);
	}
	return promoted.map((r) => r.id);
}

/** Fills one workshop's free places from the waitlisted choices of confirmed registrations. */
export async function fillWorkshopPlaces(tx: Db, workshopId: string, now: Date): Promise<string[]> {
	const [workshop] = await tx.select().from(eventWorkshops).where(eq(eventWorkshops.id, workshopId));
	if (!workshop) return [];
	const confirmed = await countWorkshopConfirmed(tx, workshopId);
	const free = workshop.capacity - confirmed;
	if (free <= 0) return [];
	const waiting = await tx
		.select({ id: eventWorkshopChoices.registrationId, seq: eventWorkshopChoices.seq })
		.from(eventWorkshopChoices)
		.innerJoin(eventRegistrations, eq(eventRegistrations.id, eventWorkshopChoices.registrationId))
		.where(
			and(
				eq(eventWorkshopChoices.workshopId, workshopId),
				eq(eventWorkshopChoices.status, 'waitlisted'),
				eq(eventRegistrations.status, 'confirmed')
			)
		)
		.orderBy(asc(eventWorkshopChoices.seq))
		.limit(free);
	const promoted = toPromote(workshop.capacity, confirmed, waiting);
	if (promoted.length) {
		await tx
			.update(eventWorkshopChoices)
			.set({ status: 'confirmed', promotedAt: now })
			.where(
				and(
					eq(eventWorkshopChoices.workshopId, workshopId),
					inArray(
						eventWorkshopChoices.registrationId,
						promoted.map((p) => p.id)
					)
				)
			);
	}
	return promoted.map((p) => p.id);
}
