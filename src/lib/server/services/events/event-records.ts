/** Shared pieces of the events services: locking, counting, tokens and links. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, events, eventWorkshopChoices, eventWorkshops } from '../../db/schema/events.ts';
import { AppError } from '../../errors.ts';
import { generateToken, hashToken } from '../../auth/crypto.ts';
import { publicOrigin } from '../../config.ts';
import { checkinCodeFrom } from '../../../domain/events/places.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export async function findEvent(db: Db, id: string, locale: Locale = 'nl'): Promise<EventRow> {
	if (!isUuid(id)) throw new AppError('not_found', translate(locale, 'events.notFound'));
	const [row] = await db.select().from(events).where(eq(events.id, id));
	if (!row) throw new AppError('not_found', translate(locale, 'events.notFound'));
	return row;
}

/**
 * Holds the event row `FOR UPDATE` until the transaction ends: every change to its
 * places (register, cancel, promote, capacity) queues behind this lock, so counts read
 * afterwards are exact.
 */
export async function lockEvent(tx: Db, id: string, locale: Locale = 'nl'): Promise<EventRow> {
	if (!isUuid(id)) throw new AppError('not_found', translate(locale, 'events.notFound'));
	const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
	if (!row) throw new AppError('not_found', translate(locale, 'events.notFound'));
	return row;
}

export async function countConfirmed(tx: Db, eventId: string): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
	return row.n;
}

export async function waitlistOf(tx: Db, eventId: string, limit: number): Promise<RegistrationRow[]> {
	if (limit <= 0) return [];
	return tx
		.select()
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
		.orderBy(asc(eventRegistrations.seq))
		.limit(limit);
}

export async function countWorkshopConfirmed(tx: Db, workshopId: string): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(eventWorkshopChoices)
		.where(and(eq(eventWorkshopChoices.workshopId, workshopId), eq(eventWorkshopChoices.status, 'confirmed')));
	return row.n;
}

export async function workshopsOf(db: Db, eventId: string) {
	return db.select().from(eventWorkshops).where(eq(eventWorkshops.eventId, eventId)).orderBy(asc(eventWorkshops.sortOrder));
}

export function newTicket(): { token: string; hash: string; checkinCode: string } {
	const token = generateToken('t');
	return { token, hash: hashToken(token), checkinCode: checkinCodeFrom(crypto.getRandomValues(new Uint8Array(8))) };
}

/** The public page of an event, by its slug (decision 100). */
export function eventLink(event: { slug: string }): string {
	return `${publicOrigin()}/e/${event.slug}`;
}

export function ticketLink(event: { slug: string }, token: string): string {
	return `${eventLink(event)}/ticket/${token}`;
}

/** What the ticket's QR holds: the staff check-in page with the code filled in. */
export function checkinLink(eventId: string, code: string): string {
	return `${publicOrigin()}/events/${eventId}/check-in?code=${code}`;
}

export function isUuid(value: string): boolean {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export const localeOf = (value: string | null | undefined): Locale => (value === 'fr' || value === 'en' ? value : 'nl');
