/**
 * Schemas of the matchmaking engine (issue MM): the weights staff can tune, and the
 * shapes of a need and of a candidate as forms, API and CLI hand them to the engine.
 * The engine itself lives in ../domain/matching/.
 */
import { z } from 'zod';

export const MATCH_STAGES = ['idea', 'pilot', 'scaling'] as const;
export const MATCH_ROLES = ['funder', 'expert', 'mentor', 'networker', 'peer'] as const;
/** Taxonomy keys of what a need asks for and what a person offers. */
export const MATCH_CATEGORIES = [
	'funding',
	'legal',
	'mentoring',
	'marketing',
	'impact-measurement',
	'business-model',
	'pitching',
	'stakeholder-engagement',
	'network',
	'technology',
	'procurement',
	'finance'
] as const;
export const MATCH_HELIXES = ['academia', 'industry', 'government', 'civil-society'] as const;

export const MatchStageSchema = z.enum(MATCH_STAGES);
export const MatchRoleSchema = z.enum(MATCH_ROLES);
export const MatchHelixSchema = z.enum(MATCH_HELIXES);

const weight = (fallback: number) => z.number().min(0).max(10).default(fallback);
const fraction = (fallback: number) => z.number().min(0).max(1).default(fallback);

/**
 * Weights of the scoring model (docs/decisions/020-matching-engine.md). The topical
 * components (category, theme, text) and the fit components (stage, language, region,
 * role, feedback; counted in full only once a person is topically relevant) are added
 * and divided by the sum of their weights, so only ratios matter; the penalties are
 * multipliers; the diversity settings bound the top of the list.
 * Every field has a default, so `MatchWeightsSchema.parse({})` gives the defaults and
 * a staff form may send only what it changes.
 */
export const MatchWeightsSchema = z.object({
	/** Share of the need's categories that the person offers. */
	category: weight(3),
	/** Share of the need's themes that the person works on. */
	theme: weight(1.5),
	/** How well the person's roles fit the need's stage (funders for pilots and scaling, mentors for ideas). */
	stage: weight(1),
	/** BM25 similarity of the need's text with the person's offers and bio, relative to the best match. */
	text: weight(3.5),
	/** The person speaks a language of the need. */
	language: weight(1),
	/** Same region. */
	region: weight(0.5),
	/** The person's role is the one the need's categories call for (funder for funding, ...). */
	role: weight(1),
	/** Average rating of the person's earlier meetings (1-5), centred on 3, damped for few ratings. */
	feedback: weight(1),
	/** Each earlier introduction of the same pair divides the score by (1 + this). */
	introducedPenalty: fraction(0.5),
	/** Open introductions this month, as a share of the monthly capacity, lower the score by this share. */
	capacityPenalty: fraction(0.25),
	/** Each dismissal of this person for other innovators divides the score by (1 + this). */
	dismissalPenalty: fraction(0.1),
	/** At most this many people of one organisation in the top list, unless the alternative is worse by more than `diversityTolerance`. */
	maxPerOrganisation: z.number().int().min(1).max(50).default(2),
	/** At most this many people of one helix position in the top list (same tolerance). */
	maxPerHelix: z.number().int().min(1).max(50).default(4),
	/** Score difference (0-1 scale) within which a more diverse candidate is preferred. */
	diversityTolerance: fraction(0.08),
	/** Suggestions below this score (0-1 scale) are not shown. */
	minScore: fraction(0.15)
});
export type MatchWeights = z.infer<typeof MatchWeightsSchema>;
export type MatchWeightsInput = z.input<typeof MatchWeightsSchema>;

export const MatchNeedSchema = z.object({
	id: z.string().min(1),
	ownerId: z.string().min(1),
	categories: z.array(z.string().min(1)).max(12),
	themes: z.array(z.string().min(1)).max(20),
	text: z.string().max(10_000),
	stage: MatchStageSchema,
	languages: z.array(z.string().min(2).max(8)).max(10),
	region: z.string().max(100).optional()
});

export const MatchCandidateSchema = z.object({
	id: z.string().min(1),
	name: z.string().min(1),
	organisationId: z.string().optional(),
	helix: MatchHelixSchema.optional(),
	roles: z.array(MatchRoleSchema),
	offers: z.array(z.string().min(1)),
	themes: z.array(z.string().min(1)),
	text: z.string().max(20_000),
	languages: z.array(z.string().min(2).max(8)),
	region: z.string().max(100).optional(),
	capacity: z.object({
		perMonth: z.number().int().min(0).optional(),
		openIntroductions: z.number().int().min(0)
	})
});

/** Why staff dismissed a suggestion; reported back so the weights can be tuned. */
export const DISMISS_REASONS = [
	'wrong-expertise',
	'wrong-theme',
	'wrong-stage',
	'language',
	'no-capacity',
	'conflict-of-interest',
	'already-in-contact',
	'other'
] as const;
export const DismissReasonSchema = z.enum(DISMISS_REASONS);

/**
 * Staff's decision on one suggestion (accept, or dismiss with a reason). A dismissal
 * needs a reason; 'other' needs a note saying what it was.
 */
export const SuggestionDecisionSchema = z
	.object({
		needId: z.string().min(1),
		candidateId: z.string().min(1),
		decision: z.enum(['accept', 'dismiss']),
		reason: DismissReasonSchema.optional(),
		note: z.string().trim().max(1000).optional()
	})
	.superRefine((value, ctx) => {
		if (value.decision === 'dismiss' && !value.reason) {
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'A dismissal needs a reason' });
		}
		if (value.reason === 'other' && !value.note) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: "Say what the reason was when it is 'other'"
			});
		}
	});
export type SuggestionDecision = z.infer<typeof SuggestionDecisionSchema>;

/** Staff dismiss one suggestion for a need (API, form): who and why. */
export const DismissSuggestionSchema = z
	.object({
		person: z.uuid(),
		reason: DismissReasonSchema,
		note: z.string().trim().max(1000).default('')
	})
	.superRefine((value, ctx) => {
		if (value.reason === 'other' && !value.note) {
			ctx.addIssue({ code: 'custom', path: ['note'], message: 'matching.noteRequired' });
		}
	});

/** Staff accept one suggestion: the introduction is proposed (sent at once with `send`). */
export const AcceptSuggestionSchema = z.object({
	person: z.uuid(),
	note: z.string().trim().max(2000).default(''),
	send: z.boolean().default(false)
});

export const SuggestionsQuerySchema = z.object({
	limit: z.coerce.number().int().min(1).max(50).default(10)
});

export const SuggestionItemSchema = z.object({
	person: z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() }),
	/** 0-1, after penalties. */
	score: z.number(),
	/** Why, in the reader's language: "biedt juridisch advies", "thema armoede", … */
	reasons: z.array(z.string())
});
export type SuggestionItem = z.infer<typeof SuggestionItemSchema>;

export const SuggestionListSchema = z.object({
	need: z.object({
		id: z.string(),
		innovator: z.object({ id: z.string(), name: z.string() }),
		category: z.string(),
		text: z.string(),
		status: z.string()
	}),
	items: z.array(SuggestionItemSchema)
});

export const DismissalAnswerSchema = z.object({ id: z.string() });

export const NetworkGapsSchema = z.object({
	goodScore: z.number(),
	byCategory: z.array(
		z.object({ category: z.string(), label: z.string(), open: z.number(), withoutGoodMatch: z.number() })
	),
	needs: z.array(
		z.object({
			id: z.string(),
			innovator: z.object({ id: z.string(), name: z.string() }),
			engagementId: z.string().nullable(),
			category: z.string(),
			text: z.string(),
			bestScore: z.number().nullable()
		})
	),
	dismissals: z.object({
		total: z.number(),
		byReason: z.array(z.object({ reason: z.string(), count: z.number() })),
		mostDismissed: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() }))
	})
});
export type NetworkGaps = z.infer<typeof NetworkGapsSchema>;

/** `PUT /api/v1/matching/capacity/{personId}`: introductions a month, or null for no limit. */
export const CapacityInputSchema = z.object({ perMonth: z.number().int().min(0).max(100).nullable() });
