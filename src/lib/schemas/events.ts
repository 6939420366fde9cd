/** zod schemas of the events area: staff forms, the public registration form, API bodies and answers. */
import { z } from 'zod';
import { eventTypes } from '../domain/events/places.ts';
import { brusselsWallClockToDate } from './peer-ledger.ts';
import { slugProblem } from '../domain/events/slug.ts';

const trimmed = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'common.fieldRequired').max(max);
export const eventLocales = ['nl', 'fr', 'en'] as const;

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** ISO with an offset, or a wall-clock time from a form (`2026-05-12T18:30`) read in Europe/Brussels. */
const dateTime = z
	.union([
		// A Date passes through: services re-validate what the API layer already parsed.
		z.date(),
		z.iso.datetime({ offset: true, local: true, error: 'events.dateInvalid' }),
		z.iso.date({ error: 'events.dateInvalid' })
	])
	.transform((value) =>
		value instanceof Date
			? value
			: HAS_OFFSET.test(value) ? new Date(value) : brusselsWallClockToDate(value.length === 10 ? `${value}T00:00` : value)
	);

export const EventQuestionSchema = z.object({
	key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/),
	label: z.object({ nl: required(200), fr: required(200), en: required(200) }),
	kind: z.enum(['text', 'choice']),
	options: z.array(required(100)).max(20).optional(),
	required: z.boolean().optional()
});

export const WorkshopInputSchema = z.object({
	id: z.uuid().optional(),
	title: required(200),
	capacity: z.coerce.number().int().min(0, 'events.capacityInvalid').max(100000)
});

const slugMessages = { format: 'events.slugFormat', tooLong: 'events.slugTooLong', uuid: 'events.slugLooksLikeId' } as const;

/** The public address /e/{slug}; empty or absent: made from the title (new) or kept (edit). */
const slug = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z
		.string()
		.trim()
		.superRefine((value, ctx) => {
			const problem = slugProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: slugMessages[problem] });
		})
		.optional()
);

/** `POST /api/v1/events` and the staff form: title, start and capacity are enough. */
export const EventInputSchema = z.object({
	title: required(200),
	slug,
	type: z.enum(eventTypes).default('other'),
	description: trimmed(10000).default(''),
	location: trimmed(300).default(''),
	startsAt: dateTime,
	endsAt: dateTime.optional(),
	capacity: z.coerce.number({ error: 'events.capacityInvalid' }).int('events.capacityInvalid').min(0, 'events.capacityInvalid').max(100000),
	published: z.boolean().default(true),
	registrationOpen: z.boolean().default(true),
	questions: z.array(EventQuestionSchema).max(20).default([]),
	workshops: z.array(WorkshopInputSchema).max(50).default([]),
	reminderHours: z.coerce.number().int().min(1).max(24 * 14).nullable().default(24),
	surveyOpen: z.boolean().default(false)
});
export type EventInput = z.input<typeof EventInputSchema>;

export const EventUpdateSchema = EventInputSchema.extend({ version: z.coerce.number().int().positive() });
export type EventUpdateInput = z.input<typeof EventUpdateSchema>;

export const CreatedSchema = z.object({ id: z.string() });

/** A registration: from the public page, staff at the door, or the API. */
export const RegistrationInputSchema = z.object({
	name: required(200),
	email: z.email('events.emailInvalid').max(320),
	language: z.enum(eventLocales).optional(),
	answers: z.record(z.string(), trimmed(2000)).default({}),
	workshopIds: z.array(z.uuid()).max(20).default([])
});
export type RegistrationInput = z.input<typeof RegistrationInputSchema>;

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;

export const RegistrationAnswerSchema = z.object({
	id: z.string(),
	status: z.enum(['confirmed', 'waitlisted'])
});

export const CancelAnswerSchema = z.object({
	id: z.string(),
	status: z.literal('cancelled'),
	/** The registration that moved up from the waitlist, if any. */
	promoted: z.string().nullable()
});

export const CheckInAnswerSchema = z.object({
	id: z.string(),
	name: z.string(),
	status: z.enum(registrationStatuses),
	checkedInAt: z.string(),
	alreadyCheckedIn: z.boolean()
});

export const EventSummarySchema = z.object({
	id: z.string(),
	title: z.string(),
	/** The public page is /e/{slug}. */
	slug: z.string(),
	type: z.string(),
	startsAt: z.string(),
	endsAt: z.string().nullable(),
	location: z.string(),
	capacity: z.number().int(),
	confirmed: z.number().int(),
	waitlisted: z.number().int(),
	cancelled: z.number().int(),
	checkedIn: z.number().int(),
	published: z.boolean(),
	registrationOpen: z.boolean(),
	workshops: z.array(
		z.object({ id: z.string(), title: z.string(), capacity: z.number().int(), confirmed: z.number().int(), waitlisted: z.number().int() })
	)
});
export type EventSummary = z.output<typeof EventSummarySchema>;

export const EventListSchema = z.object({ events: z.array(EventSummarySchema.omit({ workshops: true })) });

export const SurveyInputSchema = z.object({
	rating: z.coerce.number({ error: 'events.ratingInvalid' }).int().min(1, 'events.ratingInvalid').max(5, 'events.ratingInvalid'),
	wouldRecommend: z.boolean().optional(),
	comment: trimmed(4000).default('')
});
export type SurveyInput = z.input<typeof SurveyInputSchema>;

/** A registration as staff see it (API list). */
export const RegistrationRowSchema = z.object({
	id: z.string(),
	name: z.string(),
	email: z.string(),
	status: z.enum(registrationStatuses),
	locale: z.string(),
	source: z.string(),
	answers: z.record(z.string(), z.string()),
	workshops: z.array(z.object({ title: z.string(), status: z.string() })),
	checkinCode: z.string(),
	checkedInAt: z.string().nullable(),
	createdAt: z.string()
});

const TallySchema = z.array(z.object({ key: z.string(), n: z.number().int() }));

export const EventReportSchema = z.object({
	summary: EventSummarySchema,
	attendanceRate: z.number().nullable(),
	reach: z.object({
		total: z.number().int(),
		linked: z.number().int(),
		firstTime: z.number().int(),
		regions: TallySchema,
		helix: TallySchema,
		themes: TallySchema
	}),
	survey: z.object({
		responses: z.number().int(),
		average: z.number().nullable(),
		ratings: z.array(z.object({ rating: z.number().int(), n: z.number().int() })),
		recommendYes: z.number().int(),
		recommendNo: z.number().int(),
		comments: z.array(z.string())
	})
});
