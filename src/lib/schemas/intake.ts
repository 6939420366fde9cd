/** zod schemas of the intake area: public form, API bodies and answers, staff forms. */
import { z } from 'zod';

const trimmed = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'common.fieldRequired').max(max);

export const stages = ['idea', 'pilot', 'scaling'] as const;
export const locales = ['nl', 'fr', 'en'] as const;

export const NeedInputSchema = z.object({
	category: required(100),
	text: trimmed(2000).default('')
});

export const InitiativeInputSchema = z.object({
	title: required(200),
	societalNeed: required(4000),
	targetGroup: trimmed(2000).default(''),
	themes: z.array(required(100)).max(20).default([]),
	stage: z.enum(stages),
	organisation: trimmed(200).optional()
});

/** The public form's and `POST /api/v1/support-requests`' body. */
export const SupportRequestSchema = z.object({
	name: required(200),
	email: z.email('intake.emailInvalid').max(320),
	language: z.enum(locales).default('nl'),
	phone: trimmed(50).optional(),
	initiative: InitiativeInputSchema,
	needs: z.array(NeedInputSchema).max(20).default([]),
	message: trimmed(4000).optional()
});
export type SupportRequestInput = z.input<typeof SupportRequestSchema>;

export const SupportRequestAnswerSchema = z.object({ id: z.string() });

export const PlanIntakeSchema = z
	.object({
		engagementId: z.uuid(),
		startsAt: z.coerce.date({ error: 'common.fieldRequired' }),
		durationMinutes: z.coerce.number().int().min(15).max(480).default(60),
		location: trimmed(300).optional(),
		videoUrl: z.union([z.url(), z.literal('')]).optional(),
		version: z.coerce.number().int()
	})
	.refine((v) => Boolean(v.location) || Boolean(v.videoUrl), {
		message: 'intake.placeOrVideo',
		path: ['location']
	});

export const intakeQuestions = ['impact', 'societalNeed', 'income', 'developmentCost', 'improvement', 'partners'] as const;
export type IntakeQuestion = (typeof intakeQuestions)[number];

export const intakeOutcomes = ['take_on', 'refer', 'not_now'] as const;

export const RecordIntakeSchema = z
	.object({
		engagementId: z.uuid(),
		version: z.coerce.number().int(),
		answers: z.object(Object.fromEntries(intakeQuestions.map((q) => [q, trimmed(4000).default('')])) as Record<
			IntakeQuestion,
			z.ZodDefault<z.ZodString>
		>),
		needs: z.array(NeedInputSchema).max(20).default([]),
		offers: z.array(z.string().trim().min(1)).max(20).default([]),
		outcome: z.enum(intakeOutcomes),
		reason: trimmed(2000).default(''),
		referredTo: trimmed(300).default('')
	})
	.refine((v) => v.outcome !== 'refer' || v.referredTo.length > 0, {
		message: 'intake.referredToRequired',
		path: ['referredTo']
	})
	.refine((v) => v.outcome === 'take_on' || v.reason.length > 0, {
		message: 'intake.reasonRequired',
		path: ['reason']
	});

export const ChangeStateSchema = z.object({
	engagementId: z.uuid(),
	version: z.coerce.number().int(),
	event: z.enum(['pause', 'resume', 'exit', 'refer']),
	reason: required(2000),
	referredTo: trimmed(300).default('')
});

export const ExitPlanSchema = z.object({
	engagementId: z.uuid(),
	version: z.coerce.number().int(),
	conversationAt: z.coerce.date().optional(),
	continues: trimmed(2000).default(''),
	contacts: trimmed(2000).default(''),
	alumni: z.coerce.boolean().default(false),
	notes: trimmed(4000).default('')
});

export const CaseNoteSchema = z.object({
	engagementId: z.uuid(),
	version: z.coerce.number().int(),
	nextAction: trimmed(500).default(''),
	contactAt: z.coerce.date().optional()
});

export const EngagementsQuerySchema = z.object({
	state: z
		.enum(['requested', 'intake_planned', 'active', 'paused', 'referred_out', 'exited'])
		.optional()
});

export const caseFlagSchema = z.enum(['no_contact', 'need_open_long', 'exit_due', 'referral_no_followup']);

export const EngagementItemSchema = z.object({
	id: z.string(),
	person: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
	initiative: z.object({ id: z.string(), title: z.string(), stage: z.string() }),
	state: z.string(),
	version: z.number(),
	openNeeds: z.array(z.object({ id: z.string(), category: z.string(), text: z.string() })),
	lastContactAt: z.string().nullable(),
	plannedEndAt: z.string().nullable(),
	nextAction: z.string().nullable(),
	flags: z.array(caseFlagSchema)
});
export const EngagementListSchema = z.object({ items: z.array(EngagementItemSchema) });

export const ProposeIntroductionSchema = z.object({
	innovator: z.uuid(),
	person: z.uuid(),
	need: z.uuid().optional(),
	note: trimmed(2000).default(''),
	/** Send the opt-in e-mails right away; by default it stays a proposal (status proposed). */
	send: z.boolean().default(false),
	/** The weekly-review item it was proposed in, so it shows in that meeting's minutes. */
	reviewItem: z.uuid().optional()
});
export const IntroductionAnswerSchema = z.object({ id: z.string(), status: z.string() });

export const introductionOutcomes = ['funding', 'advice', 'partnership', 'nothing'] as const;
export const RecordOutcomeSchema = z.object({
	introductionId: z.uuid(),
	version: z.coerce.number().int(),
	outcome: z.enum(introductionOutcomes),
	amountEuros: z.coerce.number().min(0).max(100_000_000).optional(),
	note: trimmed(2000).default('')
});

export const ReviewActionSchema = z.object({
	itemId: z.uuid(),
	description: required(500),
	ownerUserId: z.uuid(),
	dueOn: z.iso.date().optional()
});

export const ReviewAdviceSchema = z.object({
	itemId: z.uuid(),
	version: z.coerce.number().int(),
	advice: trimmed(4000).default('')
});

export const digestFrequencies = ['daily', 'weekly'] as const;

export const OpenReviewMeetingSchema = z.object({
	heldOn: z.iso.date().optional()
});

export const ReviewMeetingSummarySchema = z.object({
	id: z.string(),
	heldOn: z.string(),
	openedAt: z.string(),
	closedAt: z.string().nullable(),
	items: z.number(),
	discussed: z.number()
});
export const ReviewMeetingListSchema = z.object({ items: z.array(ReviewMeetingSummarySchema) });
export const OpenReviewMeetingAnswerSchema = z.object({ id: z.string(), created: z.boolean() });

export const ReviewItemSchema = z.object({
	id: z.string(),
	position: z.number(),
	status: z.string(),
	carriedOver: z.boolean(),
	version: z.number(),
	advice: z.string().nullable(),
	engagement: EngagementItemSchema,
	actions: z.array(
		z.object({ id: z.string(), description: z.string(), ownerUserId: z.string().nullable(), dueOn: z.string().nullable(), done: z.boolean() })
	),
	introductions: z.array(z.object({ id: z.string(), status: z.string(), otherName: z.string() }))
});
export const ReviewMeetingSchema = ReviewMeetingSummarySchema.omit({ items: true, discussed: true }).extend({
	items: z.array(ReviewItemSchema)
});

export const ReviewAdviceBodySchema = ReviewAdviceSchema.omit({ itemId: true });
export const ReviewActionBodySchema = ReviewActionSchema.omit({ itemId: true });
export const ActionDoneSchema = z.object({ done: z.boolean() });
export const IdAnswerSchema = z.object({ id: z.string() });
export const VersionAnswerSchema = z.object({ version: z.number() });

export const MyActionsSchema = z.object({
	items: z.array(
		z.object({
			id: z.string(),
			description: z.string(),
			dueOn: z.string().nullable(),
			done: z.boolean(),
			engagementId: z.string(),
			personName: z.string()
		})
	)
});

export const DigestPreferenceSchema = z.object({ frequency: z.enum(digestFrequencies) });

/** The intake as the API takes it: the engagement comes from the path. */
export const RecordIntakeBodySchema = z.object({
	version: z.number().int(),
	answers: z.partialRecord(z.enum(intakeQuestions), z.string().max(4000)).default({}),
	needs: z.array(NeedInputSchema).max(20).default([]),
	offers: z.array(z.string().trim().min(1)).max(20).default([]),
	outcome: z.enum(intakeOutcomes),
	reason: trimmed(2000).default(''),
	referredTo: trimmed(300).default('')
});
