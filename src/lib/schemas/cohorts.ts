/** zod schemas of the cohorts area: staff forms, API bodies and answers. */
import { z } from 'zod';
import { cohortKinds, memberStatuses, sessionKinds } from '../domain/cohorts/progress.ts';
import { brusselsWallClockToDate } from './peer-ledger.ts';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const dateTime = z
	.union([z.date(), z.iso.datetime({ offset: true, local: true, error: 'cohorts.dateInvalid' })])
	.transform((value) =>
		value instanceof Date ? value : HAS_OFFSET.test(value) ? new Date(value) : brusselsWallClockToDate(value)
	);
const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const CohortCreateSchema = z.object({
	name: z.string().trim().min(1, 'common.fieldRequired').max(200),
	kind: z.enum(cohortKinds),
	year: z.coerce.number().int().min(2000).max(2100),
	theme: z.string().trim().max(200).default(''),
	programmeId: z.preprocess(emptyToUndefined, z.uuid().optional()),
	requiredSessions: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).optional())
});
export type CohortCreate = z.input<typeof CohortCreateSchema>;

export const MemberAddSchema = z.object({
	personId: z.uuid({ error: 'cohorts.personRequired' }),
	engagementId: z.preprocess(emptyToUndefined, z.uuid().optional())
});

export const MemberStatusSchema = z.object({ status: z.enum(memberStatuses) });

const sessionFields = {
	kind: z.enum(sessionKinds),
	title: z.string().trim().min(1, 'common.fieldRequired').max(200),
	startsAt: dateTime,
	endsAt: z.preprocess(emptyToUndefined, dateTime.optional()),
	place: z.string().trim().max(300).default(''),
	facilitatorPersonId: z.preprocess(emptyToUndefined, z.uuid().optional()),
	facilitatorName: z.string().trim().max(200).default(''),
	materials: z
		.preprocess(
			(v) => (typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : v),
			z.array(z.url({ error: 'cohorts.materialsInvalid' }).max(1000)).max(20)
		)
		.default([])
};
const endsAfterStart = (s: { startsAt: Date; endsAt?: Date }) => !s.endsAt || s.endsAt.getTime() > s.startsAt.getTime();

export const SessionCreateSchema = z
	.object(sessionFields)
	.refine(endsAfterStart, { path: ['endsAt'], message: 'cohorts.endsBeforeStart' });

const version = z.coerce.number({ error: 'cohorts.versionRequired' }).int().min(1);

/** Editing a session: every field again, and the version that was read (decision 076). */
export const SessionUpdateSchema = z
	.object({ ...sessionFields, version })
	.refine(endsAfterStart, { path: ['endsAt'], message: 'cohorts.endsBeforeStart' });

/** Editing a cohort: the creation fields and the version that was read. */
export const CohortUpdateSchema = CohortCreateSchema.extend({ version });

const yes = z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());
/** Deleting what holds attendance or members needs `confirm` (decision 076). */
export const DeleteQuerySchema = z.object({ confirm: yes.default(false) });

export const MessageMembersSchema = z.object({
	subject: z.string().trim().min(1, 'common.fieldRequired').max(200),
	body: z.string().trim().min(1, 'common.fieldRequired').max(5000)
});

/**
 * The accepted applicants of a call into a cohort: an existing cohort of the call's
 * programme (`cohortId`), or a new one (`name`, `year`, optional kind/theme/required).
 */
export const AdmitAcceptedSchema = z
	.object({
		cohortId: z.preprocess(emptyToUndefined, z.uuid().optional()),
		name: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(200).optional()),
		kind: z.preprocess(emptyToUndefined, z.enum(cohortKinds).optional()),
		year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
		theme: z.string().trim().max(200).default(''),
		requiredSessions: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).optional())
	})
	.refine((a) => a.cohortId || a.name, { path: ['name'], message: 'cohorts.admitNeedsTarget' })
	.refine((a) => a.cohortId || a.year, { path: ['year'], message: 'common.fieldRequired' });

export const AttendanceMarkSchema = z.object({
	memberId: z.uuid(),
	present: z.preprocess((v) => v === 'true' || v === 'on' || v === true, z.boolean())
});

export const CheckInSchema = z.object({ code: z.string().trim().min(4, 'cohorts.codeUnknown').max(20) });

export const CohortResponse = z.object({
	id: z.string(),
	name: z.string(),
	kind: z.string(),
	year: z.number(),
	theme: z.string(),
	programmeId: z.string().nullable(),
	requiredSessions: z.number().nullable(),
	version: z.number()
});
export const MemberResponse = z.object({
	id: z.string(),
	personId: z.string(),
	displayName: z.string(),
	engagementId: z.string().nullable(),
	status: z.string()
});
export const SessionResponse = z.object({
	id: z.string(),
	kind: z.string(),
	title: z.string(),
	startsAt: z.string(),
	endsAt: z.string().nullable(),
	place: z.string(),
	facilitatorName: z.string(),
	materials: z.array(z.string()),
	checkInCode: z.string(),
	version: z.number()
});
export const AttendanceResponse = z.object({ sessionId: z.string(), memberId: z.string(), present: z.boolean(), how: z.string() });

const progressSchema = z.object({
	held: z.number(),
	attended: z.number(),
	required: z.number(),
	done: z.boolean(),
	byKind: z.array(z.object({ kind: z.string(), held: z.number(), attended: z.number() }))
});
export const CohortListResponse = z.object({
	cohorts: z.array(CohortResponse.extend({ members: z.number(), sessions: z.number() }))
});
export const CohortDetailResponse = z.object({
	cohort: CohortResponse,
	sessions: z.array(SessionResponse.extend({ held: z.boolean(), present: z.number() })),
	members: z.array(
		MemberResponse.extend({
			email: z.string().nullable(),
			progress: progressSchema,
			engagement: z.object({ id: z.string(), state: z.string() }).nullable(),
			peerBalance: z.number()
		})
	),
	attendance: z.array(AttendanceResponse)
});
export const ProgressResponse = z.object({
	cohort: CohortResponse,
	member: z.object({ id: z.string(), personId: z.string(), displayName: z.string(), status: z.string() }),
	progress: progressSchema,
	sessions: z.array(SessionResponse.omit({ checkInCode: true }).extend({ attended: z.boolean(), held: z.boolean() }))
});
export const CheckInBodySchema = z.object({ code: z.string().trim().min(4).max(20), memberId: z.uuid().optional() });

const admitted = z.object({ applicationId: z.string(), personId: z.string(), displayName: z.string(), memberId: z.string() });
export const AdmitAcceptedResponse = z.object({
	cohortId: z.string(),
	createdCohort: z.boolean(),
	added: z.array(admitted.extend({ engagementId: z.string().nullable(), createdPerson: z.boolean() })),
	alreadyMembers: z.array(admitted)
});
export const MessageMembersResponse = z.object({ sent: z.number(), withoutEmail: z.array(z.string()) });
export const DeletedResponse = z.object({ id: z.string(), deleted: z.literal(true), lost: z.object({ members: z.number(), sessions: z.number(), attendance: z.number() }) });
