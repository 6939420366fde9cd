/** The Acceleration Day area's JSON API (issue AD): set-up, registration, solve, planner, publish, the day, ratings. */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	AccelerationDaySchema,
	AgendaAnswerSchema,
	ParticipantAnswerSchema,
	PlannerEditSchema,
	PreferenceMarksSchema,
	PublishAnswerSchema,
	RatingSchema,
	RegisterParticipantSchema,
	RegistrationSchema,
	SolveAnswerSchema,
	StaffRegistrationAnswerSchema,
	StaffRegistrationSchema
} from '../../../schemas/acceleration-day.ts';

const tag = 'acceleration-days';
const idAnswer = z.object({ id: z.string() });

export const createAccelerationDayOp = defineOperation({
	id: 'createAccelerationDay',
	method: 'POST',
	path: '/api/v1/acceleration-days',
	summary: 'Set up an Acceleration Day: date, venue, format, seats per table, and the rounds (start, count, length, gap, pitches, break)',
	tag,
	auth: 'accelerationDay.manage',
	body: AccelerationDaySchema,
	response: idAnswer,
	status: 201,
	errors: ['validation_failed', 'invalid_json', 'unauthenticated', 'forbidden']
});

export const registerAdParticipantOp = defineOperation({
	id: 'registerAccelerationDayParticipant',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/participants',
	summary: 'Invite or register a case (innovator) or a chancegiver; answers their personal link',
	description: 'Without `registration` the person is invited and fills it in through the link; `sendLink` (default true) e-mails the link.',
	tag,
	auth: 'accelerationDay.manage',
	body: RegisterParticipantSchema,
	response: ParticipantAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'conflict', 'not_found', 'unauthenticated', 'forbidden']
});

export const saveAdRegistrationOp = defineOperation({
	id: 'saveAccelerationDayRegistration',
	method: 'PUT',
	path: '/api/v1/ad/{token}/registration',
	summary: 'The holder of a personal link fills in or changes their registration (no account needed)',
	tag,
	auth: 'public',
	body: RegistrationSchema,
	response: idAnswer,
	errors: ['validation_failed', 'not_found', 'invalid_state']
});

export const updateAdParticipantOp = defineOperation({
	id: 'updateAccelerationDayParticipant',
	method: 'PUT',
	path: '/api/v1/acceleration-days/{id}/participants/{pid}',
	summary: 'Staff change a participant’s registration (what they gave through their link) and the language of their e-mails',
	description:
		'Same validation as the personal link; the participant counts as registered afterwards. Allowed until the day is over: once a timetable is published (`appliesAtNextSolve`), the change counts at the next solve (a refill works from the published data).',
	tag,
	auth: 'accelerationDay.manage',
	body: StaffRegistrationSchema,
	response: StaffRegistrationAnswerSchema,
	errors: ['validation_failed', 'not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

export const saveAdPreferencesOp = defineOperation({
	id: 'saveAccelerationDayPreferences',
	method: 'PUT',
	path: '/api/v1/ad/{token}/preferences',
	summary: 'The holder of a personal link marks counterparts: must, like, ratherNot, or none to clear',
	tag,
	auth: 'public',
	body: PreferenceMarksSchema,
	response: z.object({ saved: z.number().int() }),
	errors: ['validation_failed', 'not_found', 'invalid_state']
});

export const solveAccelerationDayOp = defineOperation({
	id: 'solveAccelerationDay',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/solve',
	summary: 'Solve the timetable from the registrations into the draft version; locked meetings stay',
	description: 'Runs in the request within `timeLimitSeconds` (default: the day’s setting). Answers status, objective, the proven upper bound and the hard wishes that cannot be met, in plain words (`unmetText`).',
	tag,
	auth: 'accelerationDay.plan',
	body: z.object({ timeLimitSeconds: z.number().int().min(1).max(120).optional() }),
	response: SolveAnswerSchema.extend({ unmetText: z.array(z.string()) }),
	errors: ['invalid_state', 'not_found', 'unauthenticated', 'forbidden']
});

export const getAdTimetableOp = defineOperation({
	id: 'getAccelerationDayTimetable',
	method: 'GET',
	path: '/api/v1/acceleration-days/{id}/timetable',
	summary: 'The draft (else the published) timetable: meetings with locks, the solver report (at the last solve), the current figures and every broken rule',
	tag,
	auth: 'accelerationDay.plan',
	response: z.object({
		version: z.object({ id: z.string(), number: z.number(), status: z.string(), revision: z.number() }).nullable(),
		meetings: z.array(z.object({ innovator: z.string(), chancegiver: z.string(), slot: z.number(), locked: z.boolean(), score: z.number() })),
		broken: z.array(z.string()),
		/** The grid as it stands now (edits and undo included); the solver's report describes it at the last solve. */
		current: z.object({ meetings: z.number(), objective: z.number(), gap: z.number().nullable(), changedSinceSolve: z.boolean() })
	}),
	errors: ['not_found', 'unauthenticated', 'forbidden']
});

export const editAdTimetableOp = defineOperation({
	id: 'editAccelerationDayTimetable',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/timetable/edits',
	summary: 'One planner edit on the draft: move, swap, lock, unlock or remove a meeting',
	description: 'Pass `revision` (from the timetable) to refuse the edit when someone else changed the draft meanwhile (409 version_conflict).',
	tag,
	auth: 'accelerationDay.plan',
	body: z.object({ edit: PlannerEditSchema, revision: z.number().int().optional() }),
	response: z.object({ revision: z.number(), meetings: z.number() }),
	errors: ['validation_failed', 'invalid_state', 'version_conflict', 'unauthenticated', 'forbidden']
});

export const publishAdTimetableOp = defineOperation({
	id: 'publishAccelerationDayTimetable',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/publish',
	summary: 'Publish the draft; only people whose agenda changed get an e-mail (web link, PDF, .ics)',
	tag,
	auth: 'accelerationDay.plan',
	body: z.object({ revision: z.number().int().optional() }),
	response: PublishAnswerSchema,
	errors: ['invalid_state', 'version_conflict', 'unauthenticated', 'forbidden']
});

export const checkInAdParticipantOp = defineOperation({
	id: 'checkInAccelerationDayParticipant',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/participants/{pid}/check-in',
	summary: 'Check someone in on the day (clears a no-show mark)',
	tag,
	auth: 'accelerationDay.checkIn',
	response: z.object({ id: z.string(), checkedInAt: z.string(), alreadyCheckedIn: z.boolean() }),
	errors: ['not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

export const markAdNoShowOp = defineOperation({
	id: 'markAccelerationDayNoShow',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/participants/{pid}/no-show',
	summary: 'Mark (noShow true) or clear a no-show',
	tag,
	auth: 'accelerationDay.checkIn',
	body: z.object({ noShow: z.boolean().default(true) }),
	response: z.object({ id: z.string(), noShow: z.boolean() }),
	errors: ['not_found', 'invalid_state', 'unauthenticated', 'forbidden']
});

export const refillAdOp = defineOperation({
	id: 'refillAccelerationDay',
	method: 'POST',
	path: '/api/v1/acceleration-days/{id}/refill',
	summary: 'Re-solve the rounds from `fromSlot` (default: the first not begun) keeping every standing meeting, publish, and mail changed agendas',
	tag,
	auth: 'accelerationDay.checkIn',
	body: z.object({ fromSlot: z.number().int().min(0).optional(), timeLimitSeconds: z.number().int().min(1).max(120).optional() }),
	response: PublishAnswerSchema.extend({ fromSlot: z.number(), unmetText: z.array(z.string()) }),
	errors: ['validation_failed', 'invalid_state', 'version_conflict', 'unauthenticated', 'forbidden']
});

export const getAdAgendaOp = defineOperation({
	id: 'getAccelerationDayAgenda',
	method: 'GET',
	path: '/api/v1/ad/{token}/agenda',
	summary: 'The agenda of the personal link’s holder in the published timetable (also as /ad/{token}/agenda.ics and .pdf)',
	tag,
	auth: 'public',
	response: AgendaAnswerSchema,
	errors: ['not_found']
});

export const rateAdMeetingOp = defineOperation({
	id: 'rateAccelerationDayMeeting',
	method: 'POST',
	path: '/api/v1/ad/{token}/ratings',
	summary: 'The holder of a personal link rates one of their meetings 1–5, with follow-up planned or not',
	description: 'A meeting can be rated once its round has started; before that the answer is 409 `too_early` with `details.opensAt`.',
	tag,
	auth: 'public',
	body: RatingSchema,
	response: z.object({ counterpartId: z.string(), score: z.number(), followUp: z.boolean() }),
	errors: ['validation_failed', 'not_found', 'too_early']
});
