/** Reading events: staff summaries and lists, registrations, the public page and a ticket. */
import { and, asc, desc, eq, gte, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, events, eventWorkshopChoices, eventWorkshops } from '../../db/schema/events.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../auth/crypto.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { EventSummary } from '../../../schemas/events.ts';
import { findEvent, workshopsOf, type EventRow } from './event-records.ts';

type Counts = { confirmed: number; waitlisted: number; cancelled: number; checkedIn: number };

async function countsOf(db: Db, eventIds: string[]): Promise<Map<string, Counts>> {
	const result = new Map<string, Counts>();
	if (!eventIds.length) return result;
	const rows = await db
		.select({
			eventId: eventRegistrations.eventId,
			confirmed: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waitlisted')::int`,
			cancelled: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'cancelled')::int`,
			checkedIn: sql<number>`count(${eventRegistrations.checkedInAt})::int`
		})
		.from(eventRegistrations)
		.where(sql`${eventRegistrations.eventId} in ${eventIds}`)
		.groupBy(eventRegistrations.eventId);
	for (const row of rows) result.set(row.eventId, row);
	return result;
}

function summaryOf(event: EventRow, counts: Counts | undefined) {
	return {
		id: event.id,
		title: event.title,
		slug: event.slug,
		type: event.type,
		startsAt: event.startsAt.toISOString(),
		endsAt: event.endsAt?.toISOString() ?? null,
		location: event.location,
		capacity: event.capacity,
		confirmed: counts?.confirmed ?? 0,
		waitlisted: counts?.waitlisted ?? 0,
		cancelled: counts?.cancelled ?? 0,
		checkedIn: counts?.checkedIn ?? 0,
		published: event.published,
		registrationOpen: event.registrationOpen
	};
}

export async function workshopCounts(db: Db, eventId: string) {
	const workshops = await workshopsOf(db, eventId);
	const rows = await db
		.select({
			workshopId: eventWorkshopChoices.workshopId,
			confirmed: sql<number>`count(*) filter (where ${eventWorkshopChoices.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${eventWorkshopChoices.status} = 'waitlisted')::int`
		})
		.from(eventWorkshopChoices)
		.innerJoin(eventWorkshops, eq(eventWorkshops.id, eventWorkshopChoices.workshopId))
		.where(eq(eventWorkshops.eventId, eventId))
		.groupBy(eventWorkshopChoices.workshopId);
	const byId = new Map(rows.map((r) => [r.workshopId, r]));
	return workshops.map((w) => ({
		id: w.id,
		title: w.title,
		capacity: w.capacity,
		confirmed: byId.get(w.id)?.confirmed ?? 0,
		waitlisted: byId.get(w.id)?.waitlisted ?? 0
	}));
}

export async function readEvent(db: Db, actor: Actor, id: string, locale: Locale = 'nl'): Promise<EventSummary & { event: EventRow }> {
	authorize(actor, 'events.read');
	const event = await findEvent(db, id, locale);
	const counts = await countsOf(db, [event.id]);
	return { ...summaryOf(event, counts.get(event.id)), workshops: await workshopCounts(db, event.id), event };
}

export async function listEvents(db: Db, actor: Actor, options: { upcomingFrom?: Date } = {}) {
	authorize(actor, 'events.read');
	const rows = await db
		.select()
		.from(events)
		.where(options.upcomingFrom ? gte(events.startsAt, options.upcomingFrom) : undefined)
		.orderBy(desc(events.startsAt))
		.limit(500);
	const counts = await countsOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => summaryOf(r, counts.get(r.id)));
}

export async function listRegistrations(
	db: Db,
	actor: Actor,
	eventId: string,
	options: { q?: string; status?: string } = {},
	locale: Locale = 'nl'
) {
	authorize(actor, 'events.read');
	const event = await findEvent(db, eventId, locale);
	const q = options.q?.trim();
	const rows = await db
		.select()
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.eventId, event.id),
				options.status ? eq(eventRegistrations.status, options.status) : undefined,
				q
					? or(
							ilike(eventRegistrations.name, `%${escapeLike(q)}%`),
							ilike(eventRegistrations.email, `%${escapeLike(q)}%`),
							eq(eventRegistrations.checkinCode, q.toUpperCase())
						)
					: undefined
			)
		)
		.orderBy(asc(eventRegistrations.seq));
	const choices = await db
		.select({ registrationId: eventWorkshopChoices.registrationId, title: eventWorkshops.title, status: eventWorkshopChoices.status })
		.from(eventWorkshopChoices)
		.innerJoin(eventWorkshops, eq(eventWorkshops.id, eventWorkshopChoices.workshopId))
		.where(eq(eventWorkshops.eventId, event.id))
		.orderBy(asc(eventWorkshops.sortOrder));
	const byRegistration = new Map<string, { title: string; status: string }[]>();
	for (const c of choices) (byRegistration.get(c.registrationId) ?? byRegistration.set(c.registrationId, []).get(c.registrationId)!).push(c);
	return { event, registrations: rows.map((r) => ({ ...r, workshops: byRegistration.get(r.id) ?? [] })) };
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The public page: only published events, with free places and workshops (no names). */
export async function readPublicEvent(db: Db, id: string, locale: Locale = 'nl') {
	const event = await findEvent(db, id, locale);
	if (!event.published) throw new AppError('not_found', translate(locale, 'events.notFound'));
	const counts = (await countsOf(db, [event.id])).get(event.id);
	return { ...summaryOf(event, counts), description: event.description, questions: event.questions, workshops: await workshopCounts(db, event.id) };
}

/** A ticket by the secret of its link: the registration and its event. */
export async function readTicket(db: Db, eventId: string, token: string, locale: Locale = 'nl') {
	const event = await findEvent(db, eventId, locale);
	const [registration] = await db
		.select()
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.ticketTokenHash, hashToken(token)), eq(eventRegistrations.eventId, event.id)));
	if (!registration) throw new AppError('not_found', translate(locale, 'events.registrationNotFound'));
	const waitlistPosition =
		registration.status === 'waitlisted'
			? (
					await db
						.select({ n: sql<number>`count(*)::int` })
						.from(eventRegistrations)
						.where(
							and(
								eq(eventRegistrations.eventId, event.id),
								eq(eventRegistrations.status, 'waitlisted'),
								sql`${eventRegistrations.seq} <= ${registration.seq}`
							)
						)
				)[0].n
			: null;
	const workshops = await db
		.select({ title: eventWorkshops.title, status: eventWorkshopChoices.status })
		.from(eventWorkshopChoices)
		.innerJoin(eventWorkshops, eq(eventWorkshops.id, eventWorkshopChoices.workshopId))
		.where(eq(eventWorkshopChoices.registrationId, registration.id))
		.orderBy(asc(eventWorkshops.sortOrder));
	return { event, registration, waitlistPosition, workshops };
}
