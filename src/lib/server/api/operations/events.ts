/** The events area's JSON API (issue PE; docs/decisions/070-event-registration.md). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	CancelAnswerSchema,
	CheckInAnswerSchema,
	CreatedSchema,
	EventInputSchema,
	EventListSchema,
	EventReportSchema,
	EventSummarySchema,
	EventUpdateSchema,
	RegistrationAnswerSchema,
	RegistrationInputSchema,
	RegistrationRowSchema,
	registrationStatuses
} from '../../../schemas/events.ts';

const tag = 'events';

export const createEventOp = defineOperation({
	id: 'createEvent',
	method: 'POST',
	path: '/api/v1/events',
	summary: 'Create an event: title, startsAt and capacity are enough',
	description:
		'startsAt/endsAt: ISO 8601 with an offset, or a wall-clock time read in Europe/Brussels. Optional: type, description, location, workshops [{title, capacity}], questions, published (default true), registrationOpen (default true), reminderHours (default 24).',
	tag,
	auth: 'events.manage',
	body: EventInputSchema,
	response: CreatedSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'unauthenticated', 'forbidden']
});

export const listEventsOp = defineOperation({
	id: 'listEvents',
	method: 'GET',
	path: '/api/v1/events',
	summary: 'Events, latest first, with their counts',
	tag,
	auth: 'events.read',
	response: EventListSchema,
	errors: ['unauthenticated', 'forbidden']
});

export const readEventOp = defineOperation({
	id: 'readEvent',
	method: 'GET',
	path: '/api/v1/events/{id}',
	summary: 'An event with capacity, confirmed, waitlisted, cancelled and checked-in counts, and its workshops',
	tag,
	auth: 'events.read',
	response: EventSummarySchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const registerForEventOp = defineOperation({
	id: 'registerForEvent',
	method: 'POST',
	path: '/api/v1/events/{id}/registrations',
	summary: 'Register someone: confirmed while places remain, else waitlisted (first come, first served)',
	description:
		'Race-safe: the event row is locked for the registration transaction, so N simultaneous registrations for C places give exactly min(N, C) confirmed. The same e-mail twice (any letter case) while the first registration stands answers 409 duplicate_email. Sends the confirmation or waitlist e-mail in `language` (default: the caller’s).',
	tag,
	auth: 'events.register',
	body: RegistrationInputSchema,
	response: RegistrationAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'duplicate_email', 'not_found', 'unauthenticated', 'forbidden']
});

export const cancelRegistrationOp = defineOperation({
	id: 'cancelEventRegistration',
	method: 'POST',
	path: '/api/v1/events/{id}/registrations/{rid}/cancel',
	summary: 'Cancel a registration; the first on the waitlist moves up (promoted: its id)',
	description: 'Cancelling an already cancelled registration answers 200 and promotes no one.',
	tag,
	auth: 'events.register',
	response: CancelAnswerSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const checkInOp = defineOperation({
	id: 'checkInEventRegistration',
	method: 'POST',
	path: '/api/v1/events/{id}/registrations/{rid}/check-in',
	summary: 'Check a registration in at the door (twice: keeps the first time, alreadyCheckedIn true)',
	description: 'No body. A waitlisted or cancelled registration answers 409 invalid_state unless ?force=true.',
	tag,
	auth: 'events.checkIn',
	query: z.object({ force: z.enum(['true', 'false']).optional() }),
	response: CheckInAnswerSchema,
	errors: ['not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

export const updateEventOp = defineOperation({
	id: 'updateEvent',
	method: 'PUT',
	path: '/api/v1/events/{id}',
	summary: 'Change an event and its workshops (send the version you read; a larger capacity promotes the waitlist)',
	description:
		'Workshops: send the full list; an item with an id keeps that workshop (and its registrations), without an id a workshop is added, a missing one is removed.',
	tag,
	auth: 'events.manage',
	body: EventUpdateSchema,
	response: z.object({ id: z.string(), promoted: z.array(z.string()) }),
	errors: ['validation_failed', 'invalid_json', 'version_conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const listRegistrationsOp = defineOperation({
	id: 'listEventRegistrations',
	method: 'GET',
	path: '/api/v1/events/{id}/registrations',
	summary: 'Registrations of an event in arrival order, with status, workshop choices, answers and check-in',
	tag,
	auth: 'events.read',
	query: z.object({ q: z.string().max(200).optional(), status: z.enum(registrationStatuses).optional() }),
	response: z.object({ registrations: z.array(RegistrationRowSchema) }),
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const checkInByCodeOp = defineOperation({
	id: 'checkInEventByCode',
	method: 'POST',
	path: '/api/v1/events/{id}/check-in',
	summary: 'Check in at the door by the code on the ticket (typed, or the scanned QR link)',
	tag,
	auth: 'events.checkIn',
	body: z.object({ code: z.string().min(1).max(300), force: z.boolean().optional() }),
	response: CheckInAnswerSchema,
	errors: ['validation_failed', 'not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

export const eventReportOp = defineOperation({
	id: 'eventReport',
	method: 'GET',
	path: '/api/v1/events/{id}/report',
	summary: 'Report of an event: counts, attendance, who was reached (helix, region, theme, first-time contacts), survey',
	tag,
	auth: 'events.read',
	response: EventReportSchema,
	errors: ['not_found', 'unauthenticated', 'forbidden']
});
