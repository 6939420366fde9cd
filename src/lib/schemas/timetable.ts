/**
 * The Acceleration Day timetable: instance and schedule formats
 * (contract: shared/contracts/timetable-format.md). Outside benchmarks use exactly these
 * field names, so fields are only ever added, never renamed. Structural checks live
 * here; rules that relate fields to each other (known ids, pairs listed once, …) live in
 * domain/acceleration-day/instance-problems.ts.
 */
import { z } from 'zod';

export const CHANCEGIVER_ROLES = ['funder', 'expert', 'mentor', 'networker'] as const;

const personId = z.string().min(1, { error: 'an id must be a non-empty string' });
const slotNumber = z
	.number({ error: 'a slot must be a number' })
	.int({ error: 'a slot must be a whole number' })
	.nonnegative({ error: 'a slot must not be negative' });
const count = (what: string) =>
	z
		.number({ error: `${what} must be a number` })
		.int({ error: `${what} must be a whole number` })
		.nonnegative({ error: `${what} must not be negative` });

export const TimetableInnovatorSchema = z.object({
	id: personId,
	seats: z
		.number({ error: 'seats must be a number' })
		.int({ error: 'seats must be a whole number' })
		.positive({ error: 'seats must be at least 1' })
		.optional(),
	maxMeetings: count('maxMeetings').optional(),
	available: z.array(slotNumber).optional()
});

export const TimetableChancegiverSchema = z.object({
	id: personId,
	role: z.enum(CHANCEGIVER_ROLES, {
		error: `role must be one of ${CHANCEGIVER_ROLES.join(', ')}`
	}),
	maxMeetings: count('maxMeetings').optional(),
	available: z.array(slotNumber).optional()
});

const score = z
	.number({ error: 'a score must be a number' })
	.positive({ error: 'a score must be a positive number' })
	.refine(Number.isFinite, { error: 'a score must be finite' });

export const TimetableInstanceSchema = z.object({
	slots: z
		.number({ error: 'slots must be a number' })
		.int({ error: 'slots must be a whole number' })
		.positive({ error: 'slots must be at least 1' })
		.max(1000, { error: 'slots must be at most 1000' }),
	seats: z
		.number({ error: 'seats must be a number' })
		.int({ error: 'seats must be a whole number' })
		.positive({ error: 'seats must be at least 1' })
		.optional(),
	innovators: z.array(TimetableInnovatorSchema),
	chancegivers: z.array(TimetableChancegiverSchema),
	scores: z.array(z.tuple([personId, personId, score])),
	mustMeet: z.array(z.tuple([personId, personId])).optional(),
	locked: z.array(z.tuple([personId, personId, slotNumber])).optional(),
	minMeetingsPerInnovator: count('minMeetingsPerInnovator').optional(),
	minFundersPerInnovator: count('minFundersPerInnovator').optional()
});

export type TimetableInstance = z.infer<typeof TimetableInstanceSchema>;
export type ChancegiverRole = (typeof CHANCEGIVER_ROLES)[number];

export const MeetingSchema = z.object({
	innovator: personId,
	chancegiver: personId,
	slot: slotNumber
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** Kinds of hard rule that can be reported as unmet; the web side translates by kind. */
export const UNMET_KINDS = ['mustMeet', 'locked', 'minMeetings', 'minFunders'] as const;
export type UnmetKind = (typeof UNMET_KINDS)[number];

export const UnmetRuleSchema = z.object({
	kind: z.enum(UNMET_KINDS),
	innovator: z.string().optional(),
	chancegiver: z.string().optional(),
	slot: z.number().int().optional(),
	reason: z.string()
});
export type UnmetRule = z.infer<typeof UnmetRuleSchema>;

export const ScheduleStatusSchema = z.enum(['optimal', 'feasible', 'infeasible']);
export type ScheduleStatus = z.infer<typeof ScheduleStatusSchema>;

export const TimetableScheduleSchema = z.object({
	status: ScheduleStatusSchema,
	objective: z.number(),
	upperBound: z.number(),
	seconds: z.number().nonnegative(),
	meetings: z.array(MeetingSchema),
	unmet: z.array(UnmetRuleSchema)
});
export type TimetableSchedule = z.infer<typeof TimetableScheduleSchema>;

/**
 * Turns the first zod issue into one line naming the offending field, e.g.
 * `scores[3][2]: a score must be a positive number`.
 */
export function describeSchemaIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid instance';
	const path = issue.path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
	return path ? `${path}: ${issue.message}` : issue.message;
}
