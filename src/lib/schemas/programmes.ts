/** Programmes, calls, applications and reviews: the one set of zod schemas for forms, API and CLI. */
import { z } from 'zod';
import { brusselsWallClockToDate } from './peer-ledger.ts';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** A Date, an ISO time with an offset, or a form's wall-clock time (`2027-03-01T09:00`) read in Europe/Brussels. */
const dateTime = z
	.union([
		z.date(),
		z.iso.datetime({ offset: true, local: true, error: 'programmes.dateInvalid' }),
		z.iso.date({ error: 'programmes.dateInvalid' })
	])
	.transform((value) =>
		value instanceof Date
			? value
			: HAS_OFFSET.test(value) ? new Date(value) : brusselsWallClockToDate(value.length === 10 ? `${value}T00:00` : value)
	);

export const programmeKinds = ['startup_club', 'scalers_club', 'thematic_track'] as const;
export const questionKinds = ['text', 'long_text', 'choice', 'file', 'budget'] as const;
export const decisionStatuses = ['accepted', 'waitlisted', 'rejected'] as const;

const key = z
	.string()
	.trim()
	.regex(/^[a-z][a-z0-9_]{0,39}$/, 'programmes.keyInvalid');

export const ProgrammeInputSchema = z.object({
	name: z.string().trim().min(1, 'common.fieldRequired').max(200),
	kind: z.enum(programmeKinds),
	description: z.string().trim().max(5000).default('')
});
export type ProgrammeInput = z.input<typeof ProgrammeInputSchema>;

export const CallQuestionSchema = z.object({
	key,
	label: z.string().trim().min(1, 'common.fieldRequired').max(500),
	kind: z.enum(questionKinds),
	options: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
	required: z.boolean().optional()
});

export const CallCriterionSchema = z.object({
	key,
	label: z.string().trim().min(1, 'common.fieldRequired').max(200),
	weight: z.number().positive().max(100),
	max: z.number().int().min(1).max(100)
});

export const CallInputSchema = z
	.object({
		title: z.string().trim().min(1, 'common.fieldRequired').max(200),
		description: z.string().trim().max(5000).default(''),
		opensAt: dateTime,
		closesAt: dateTime,
		blind: z.boolean().default(false),
		questions: z.array(CallQuestionSchema).max(50).default([]),
		criteria: z.array(CallCriterionSchema).max(20).default([])
	})
	.superRefine((v, ctx) => {
		if (v.closesAt <= v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'programmes.closesBeforeOpens' });
		const qk = new Set<string>();
		v.questions.forEach((q, i) => {
			if (qk.has(q.key)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'key'], message: 'programmes.keyDuplicate' });
			qk.add(q.key);
			if (q.kind === 'choice' && !(q.options?.length ?? 0))
				ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'programmes.optionsRequired' });
		});
		const ck = new Set<string>();
		v.criteria.forEach((c, i) => {
			if (ck.has(c.key)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'key'], message: 'programmes.keyDuplicate' });
			ck.add(c.key);
		});
	});
export type CallInput = z.input<typeof CallInputSchema>;

export const AnswersSchema = z.record(z.string(), z.union([z.string().max(20000), z.number()]));

export const ReviewInputSchema = z.object({
	scores: z.record(z.string(), z.number()),
	comment: z.string().trim().max(5000).default('')
});
export type ReviewInput = z.input<typeof ReviewInputSchema>;

export const DecisionInputSchema = z.object({
	status: z.enum(decisionStatuses),
	note: z.string().trim().max(5000).default('')
});
export type DecisionInput = z.input<typeof DecisionInputSchema>;

export const ConflictInputSchema = z.object({ reason: z.string().trim().max(1000).default('') });

// ---- API answers and bodies -------------------------------------------------------------

export const IdAnswerSchema = z.object({ id: z.string() });
export const OkSchema = z.object({ ok: z.literal(true) });

export const ProgrammeSummarySchema = z.object({
	id: z.string(),
	name: z.string(),
	kind: z.enum(programmeKinds),
	description: z.string(),
	calls: z.number().int()
});
export const ProgrammeListSchema = z.object({ programmes: z.array(ProgrammeSummarySchema) });

export const CallSchema = z.object({
	id: z.string(),
	programmeId: z.string(),
	programmeName: z.string(),
	title: z.string(),
	description: z.string(),
	opensAt: z.string(),
	closesAt: z.string(),
	state: z.enum(['upcoming', 'open', 'closed']),
	blind: z.boolean(),
	questions: z.array(CallQuestionSchema),
	criteria: z.array(CallCriterionSchema),
	version: z.number().int()
});

export const ApplicationBodySchema = z.object({
	answers: AnswersSchema.default({}),
	/** true: submit (every required answer needed); false/absent: save the draft. */
	submit: z.boolean().default(false)
});
export const ApplicationStatusSchema = z.object({
	id: z.string(),
	status: z.enum(['draft', 'submitted', 'accepted', 'waitlisted', 'rejected']),
	version: z.number().int()
});
export const MyApplicationSchema = z.object({
	application: z
		.object({
			id: z.string(),
			status: z.enum(['draft', 'submitted', 'accepted', 'waitlisted', 'rejected']),
			answers: AnswersSchema,
			submittedAt: z.string().nullable(),
			decisionNote: z.string().nullable(),
			files: z.array(z.object({ id: z.string(), questionKey: z.string(), filename: z.string(), size: z.number().int() }))
		})
		.nullable()
});

export const ReviewerBodySchema = z.object({ email: z.email() });
export const ReviewerAnswerSchema = z.object({ userId: z.string() });

/** Staff invite an external jury member by name and e-mail (decision 100). */
export const ReviewerInvitationSchema = z.object({
	name: z.string().trim().min(1, 'common.fieldRequired').max(200),
	email: z.email('programmes.emailInvalid').max(320).transform((e) => e.toLowerCase()),
	/** The language of the invitation e-mail and of the new account. */
	language: z.enum(['nl', 'fr', 'en']).default('nl')
});
export type ReviewerInvitationInput = z.input<typeof ReviewerInvitationSchema>;
export const ReviewerInvitationQuerySchema = z.object({ email: z.email('programmes.emailInvalid') });
/** added: an active account was put on the list; invited: an account invitation went out. */
export const ReviewerInvitationAnswerSchema = z.object({ status: z.enum(['added', 'invited']), userId: z.string().nullable() });
/** `POST /api/v1/calls/{id}/application/files/{questionKey}`: one file, multipart/form-data. */
export const ApplicationFileUploadSchema = z.object({
	file: z.string().meta({ type: 'string', format: 'binary', description: 'The file (PDF, Office/OpenDocument, TXT, CSV, PNG, JPG, WEBP), at most 5 MB' })
});
export const ApplicationFileSchema = z.object({ id: z.string(), questionKey: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });
/** The bytes of a file, served with its stored content type. */
export const FileBytesSchema = z.string().meta({ type: 'string', format: 'binary' });

export const ReviewerInvitationListSchema = z.object({
	invitations: z.array(z.object({ email: z.string(), name: z.string(), createdAt: z.string() }))
});

export const ReviewListSchema = z.object({
	blind: z.boolean(),
	/** Applications left out because the caller declared a conflict on them. */
	conflicts: z.number().int(),
	applications: z.array(
		z.object({
			id: z.string(),
			label: z.string(),
			answers: AnswersSchema,
			myScores: z.record(z.string(), z.number()).nullable()
		})
	)
});

export const RankingSchema = z.object({
	reviewers: z.number().int(),
	ranking: z.array(
		z.object({
			applicationId: z.string(),
			rank: z.number().int().nullable(),
			name: z.string(),
			status: z.string(),
			reviews: z.number().int(),
			meanZ: z.number().nullable(),
			meanScore: z.number().nullable(),
			decisionNote: z.string().nullable()
		})
	)
});

/** PUT /api/v1/calls/{id}: the whole call as for creation, plus the version read. */
export const CallUpdateSchema = CallInputSchema.and(z.object({ version: z.number().int().min(1) }));
export const CallVersionSchema = z.object({ id: z.string(), version: z.number().int() });
