/**
 * Acceleration Day schemas (issue AD), shared by staff forms, the personal-link pages,
 * the JSON API and the CLI. Messages are i18n keys, translated by parseInput.
 */
import { z } from 'zod';
import { CHANCEGIVER_ROLES } from './timetable.ts';

const required = (max: number) => z.string().trim().min(1, 'common.fieldRequired').max(max);
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'accelerationDay.timeFormat');

export const AD_FORMATS = ['xl', 'small'] as const;
export const AD_SIDES = ['innovator', 'chancegiver'] as const;
export const AD_PREFERENCE_KINDS = ['must', 'like', 'ratherNot'] as const;

export const AccelerationDaySchema = z
	.object({
		title: required(200),
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'accelerationDay.dateFormat'),
		venue: z.string().trim().max(300).default(''),
		format: z.enum(AD_FORMATS),
		seatsPerTable: whole(1, 12),
		/** Table names in order; empty = numbered 1..n as innovators register. */
		tableNames: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
		start: time,
		slotCount: whole(1, 24),
		slotMinutes: whole(5, 240),
		gapMinutes: whole(0, 60).default(5),
		pitchMinutes: whole(0, 240).default(0),
		breakAfter: whole(0, 24).default(0),
		breakMinutes: whole(0, 240).default(0),
		minMeetingsPerInnovator: whole(0, 24).default(0),
		minFundersPerInnovator: whole(0, 24).default(0),
		solveSeconds: whole(1, 120).default(5)
	})
	.refine((d) => new Set(d.tableNames).size === d.tableNames.length, {
		path: ['tableNames'],
		message: 'accelerationDay.tableNamesUnique'
	});
export type AccelerationDayInput = z.input<typeof AccelerationDaySchema>;

export const AccelerationDayAnswerSchema = z.object({ id: z.string() });

/** What a person tells through their personal link (or staff on their behalf). */
export const InnovatorRegistrationSchema = z.object({
	question: required(1000),
	categories: z.array(z.string().min(1).max(60)).max(12).default([]),
	themes: z.array(z.string().min(1).max(60)).max(20).default([])
});

export const ChancegiverRegistrationSchema = z.object({
	role: z.enum(CHANCEGIVER_ROLES, 'accelerationDay.roleRequired'),
	categories: z.array(z.string().min(1).max(60)).max(12).default([]),
	themes: z.array(z.string().min(1).max(60)).max(20).default([]),
	/** Timetable slot numbers; empty = present all day. */
	availableSlots: z.array(z.coerce.number().int().min(0).max(100)).max(100).default([]),
	maxMeetings: z.coerce.number().int().min(1, 'accelerationDay.maxMeetingsMin').max(100).optional()
});

export const RegistrationSchema = z.discriminatedUnion('side', [
	InnovatorRegistrationSchema.extend({ side: z.literal('innovator') }),
	ChancegiverRegistrationSchema.extend({ side: z.literal('chancegiver') })
]);
export type RegistrationInput = z.input<typeof RegistrationSchema>;

/** Staff register (or invite) anyone: with `registration` they are registered at once. */
export const RegisterParticipantSchema = z.object({
	side: z.enum(AD_SIDES),
	name: required(200),
	email: z.string().trim().toLowerCase().pipe(z.email('common.invalidEmail')),
	language: z.enum(['nl', 'fr', 'en']).default('nl'),
	registration: RegistrationSchema.optional(),
	/** Send the personal link by e-mail (default yes). */
	sendLink: z.boolean().default(true)
});
export type RegisterParticipantInput = z.input<typeof RegisterParticipantSchema>;

export const ParticipantAnswerSchema = z.object({
	id: z.string(),
	status: z.enum(['invited', 'registered', 'declined']),
	link: z.string()
});

export const PreferenceMarksSchema = z.object({
	marks: z
		.array(z.object({ counterpartId: z.uuid(), kind: z.enum([...AD_PREFERENCE_KINDS, 'none']) }))
		.max(2000)
});
export type PreferenceMarksInput = z.input<typeof PreferenceMarksSchema>;

export const RatingSchema = z.object({
	counterpartId: z.uuid(),
	score: z.coerce.number().int().min(1, 'accelerationDay.scoreRange').max(5, 'accelerationDay.scoreRange'),
	followUp: z.coerce.boolean().default(false),
	comment: z.string().trim().max(2000).optional()
});

export const OutcomeSurveySchema = z.object({
	funding: z.coerce.boolean().default(false),
	advice: z.coerce.boolean().default(false),
	partnership: z.coerce.boolean().default(false),
	comment: z.string().trim().max(2000).optional()
});

const meetingRef = z.object({ innovator: z.uuid(), chancegiver: z.uuid() });

export const PlannerEditSchema = z.discriminatedUnion('kind', [
	meetingRef.extend({ kind: z.literal('move'), toInnovator: z.uuid(), toSlot: z.coerce.number().int().min(0) }),
	z.object({ kind: z.literal('swap'), a: meetingRef, b: meetingRef }),
	meetingRef.extend({ kind: z.enum(['lock', 'unlock', 'remove']) })
]);
export type PlannerEditInput = z.input<typeof PlannerEditSchema>;

export const SolveAnswerSchema = z.object({
	versionId: z.string(),
	status: z.enum(['optimal', 'feasible', 'infeasible']),
	objective: z.number(),
	upperBound: z.number(),
	seconds: z.number(),
	meetings: z.number().int(),
	unmet: z.array(z.object({ kind: z.string(), innovator: z.string().optional(), chancegiver: z.string().optional(), reason: z.string() }))
});

export const PublishAnswerSchema = z.object({
	versionId: z.string(),
	number: z.number().int(),
	changes: z.number().int(),
	notified: z.number().int()
});

export const AgendaAnswerSchema = z.object({
	day: z.object({ title: z.string(), date: z.string(), venue: z.string() }),
	person: z.object({ id: z.string(), name: z.string(), side: z.enum(AD_SIDES), table: z.string().nullable() }),
	entries: z.array(
		z.object({
			kind: z.enum(['meeting', 'free', 'break', 'pitch']),
			slot: z.number().int().nullable(),
			startsAt: z.string(),
			endsAt: z.string(),
			table: z.string().nullable(),
			with: z.array(z.object({ id: z.string(), name: z.string() }))
		})
	)
});
export type AgendaAnswer = z.infer<typeof AgendaAnswerSchema>;

/** Staff change a participant's registration (and the language of their e-mails). */
export const StaffRegistrationSchema = z.object({
	registration: RegistrationSchema,
	language: z.enum(['nl', 'fr', 'en']).optional()
});

export const StaffRegistrationAnswerSchema = z.object({
	id: z.string(),
	status: z.enum(['invited', 'registered', 'declined']),
	/** A timetable is published: the change counts at the next solve (a refill keeps the published data). */
	appliesAtNextSolve: z.boolean()
});
