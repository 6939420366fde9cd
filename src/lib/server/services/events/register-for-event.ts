/**
 * A registration for an event, first come first served and race-safe: one transaction
 * holds the event row `FOR UPDATE`, refuses a second live registration of the same
 * e-mail (any case; the partial unique index backs this up), counts the confirmed places
 * and confirms or waitlists. Workshop choices get their own place or waitlist spot the
 * same way (their counts are guarded by the same event lock). The person is linked when
 * the directory knows the e-mail; the registration never depends on it.
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, eventWorkshopChoices, eventWorkshops } from '../../db/schema/events.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hitRateLimit } from '../security/rate-limit.ts';
import { isUniqueViolation } from '../people/pg-errors.ts';
import { placeFor } from '../../../domain/events/places.ts';
import { RegistrationInputSchema, type RegistrationInput } from '../../../schemas/events.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { countConfirmed, countWorkshopConfirmed, isUuid, lockEvent, newTicket, type EventRow } from './event-records.ts';
import { ticketQrPngBase64 } from './ticket-qr.ts';
import { sendRegistrationMail } from './event-emails.ts';

/** Anonymous registrations per client (IP) per hour: a family or a team, not a bot. */
export const PUBLIC_REGISTRATION_LIMIT = { count: 20, windowSeconds: 3600 };

export interface RegisterOptions {
	clientKey?: string;
	now?: Date;
}

export interface RegistrationResult {
	id: string;
	status: 'confirmed' | 'waitlisted';
	/** The secret of the personal ticket link (shown once to whoever registered). */
	ticketToken: string;
}

export async function registerForEvent(
	db: Db,
	actor: Actor,
	eventId: string,
	input: RegistrationInput,
	locale: Locale = 'nl',
	options: RegisterOptions = {}
): Promise<RegistrationResult> {
	const staff = isStaff(actor);
	if (staff) authorize(actor, 'events.register');
	else {
		const verdict = await hitRateLimit(
			db,
			`event-registration:${options.clientKey ?? 'unknown'}`,
			PUBLIC_REGISTRATION_LIMIT.count,
			PUBLIC_REGISTRATION_LIMIT.windowSeconds
		);
		if (!verdict.allowed) {
			throw new AppError('rate_limited', translate(locale, 'events.tooMany'), { retryAfterSeconds: verdict.retryAfterSeconds });
		}
	}
	const data = parseInput(RegistrationInputSchema, input, locale);
	const email = data.email.trim().toLowerCase();
	const now = options.now ?? new Date();
	const source = actor.kind === 'user' && actor.via === 'token' ? 'api' : staff ? 'staff' : 'public';
	const ticket = newTicket();
	// The QR image costs CPU: make it before the transaction, not while holding the event lock.
	const qrPng = isUuid(eventId) ? ticketQrPngBase64(eventId, ticket.checkinCode) : undefined;

	try {
		return await db.transaction(async (tx) => {
			const event = await lockEvent(tx, eventId, locale);
			if (!staff) assertOpenToPublic(event, now, locale);
			validateAnswers(event, data.answers, locale);

			const [existing] = await tx
				.select({ id: eventRegistrations.id })
				.from(eventRegistrations)
				.where(
					and(
						eq(eventRegistrations.eventId, event.id),
						sql`lower(${eventRegistrations.email}) = ${email}`,
						ne(eventRegistrations.status, 'cancelled')
					)
				);
			if (existing) throw duplicate(locale);

			const status = placeFor(event.capacity, await countConfirmed(tx, event.id));
			const [person] = await tx
				.select({ id: people.id })
				.from(people)
				.where(and(eq(people.email, email), isNull(people.mergedIntoId), isNull(people.erasedAt)));
			const [row] = await tx
				.insert(eventRegistrations)
				.values({
					eventId: event.id,
					personId: person?.id ?? null,
					name: data.name,
					email,
					locale: data.language ?? locale,
					status,
					answers: data.answers,
					ticketTokenHash: ticket.hash,
					ticketToken: ticket.token,
					checkinCode: ticket.checkinCode,
					source,
					createdAt: now
				})
				.returning();

			const choices = await placeWorkshopChoices(tx, event.id, row.id, status, data.workshopIds, locale);
			await recordAudit(tx, actor, {
				action: 'event.register',
				subjectType: 'event_registration',
				subjectId: row.id,
				after: { eventId: event.id, email, status, source, workshops: choices }
			});
			await sendRegistrationMail(tx, status, event, row, ticket.token, now, qrPng);
			return { id: row.id, status, ticketToken: ticket.token };
		});
	} catch (error) {
		// The index refuses what slipped past the check (cannot happen under the lock, but the
		// database is the last word).
		if (isUniqueViolation(error)) throw duplicate(locale);
		throw error;
	}
}

const duplicate = (locale: Locale) =>
	new AppError('duplicate_email', translate(locale, 'events.alreadyRegistered'), { fields: { email: [translate(locale, 'events.alreadyRegistered')] } });

function assertOpenToPublic(event: EventRow, now: Date, locale: Locale) {
	if (!event.published) throw new AppError('not_found', translate(locale, 'events.notFound'));
	if (!event.registrationOpen || event.startsAt <= now) {
		throw new AppError('invalid_state', translate(locale, 'events.registrationClosed'));
	}
}

function validateAnswers(event: EventRow, answers: Record<string, string>, locale: Locale) {
	const fields: Record<string, string[]> = {};
	for (const q of event.questions) {
		const value = answers[q.key]?.trim() ?? '';
		if (q.required && !value) fields[`answers.${q.key}`] = [translate(locale, 'common.fieldRequired')];
		else if (value && q.kind === 'choice' && q.options && !q.options.includes(value)) {
			fields[`answers.${q.key}`] = [translate(locale, 'events.choiceInvalid')];
		}
	}
	if (Object.keys(fields).length) throw new ValidationError(fields);
}

/** Each chosen workshop: a place while it has room and the registration is confirmed, else its waitlist. */
async function placeWorkshopChoices(
	tx: Db,
	eventId: string,
	registrationId: string,
	status: 'confirmed' | 'waitlisted',
	workshopIds: string[],
	locale: Locale
) {
	const ids = [...new Set(workshopIds)];
	if (!ids.length) return [];
	const workshops = await tx
		.select()
		.from(eventWorkshops)
		.where(and(eq(eventWorkshops.eventId, eventId), inArray(eventWorkshops.id, ids)));
	if (workshops.length !== ids.length) {
		throw new ValidationError({ workshopIds: [translate(locale, 'events.workshopUnknown')] });
	}
	const placed: { workshopId: string; status: 'confirmed' | 'waitlisted' }[] = [];
	for (const workshop of workshops) {
		const choice =
			status === 'confirmed' ? placeFor(workshop.capacity, await countWorkshopConfirmed(tx, workshop.id)) : 'waitlisted';
		await tx.insert(eventWorkshopChoices).values({ registrationId, workshopId: workshop.id, status: choice });
		placed.push({ workshopId: workshop.id, status: choice });
	}
	return placed;
}
