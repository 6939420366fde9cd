/**
 * The vocabulary of the matchmaking engine: a need of an innovator (or an initiative),
 * a person who offers something, the history of earlier introductions, and the
 * structured reasons every suggestion carries.
 */
import { z } from 'zod';
import {
	MatchWeightsSchema,
	type DismissReasonSchema,
	type MatchCandidateSchema,
	type MatchNeedSchema,
	type MatchWeights
} from '../../schemas/matching.ts';

export type { MatchWeights } from '../../schemas/matching.ts';
export type MatchStage = 'idea' | 'pilot' | 'scaling';
export type MatchRole = 'funder' | 'expert' | 'mentor' | 'networker' | 'peer';
export type MatchHelix = 'academia' | 'industry' | 'government' | 'civil-society';
export type DismissReason = z.infer<typeof DismissReasonSchema>;

/** What an innovator asks for; `ownerId` is the innovator (person) the pair is formed with. */
export type MatchNeed = z.infer<typeof MatchNeedSchema>;
/** A person who offers something: expertise, money, a network, a listening ear. */
export type MatchCandidate = z.infer<typeof MatchCandidateSchema>;

/** A pair is always (innovator = need owner, candidate person). */
export interface MatchPair {
	ownerId: string;
	candidateId: string;
}

/**
 * What happened before between innovators and candidates.
 * - `introduced`: introductions made, with how many times (ranks lower, never excluded).
 * - `declined`: the candidate declined an introduction to this innovator (never suggested again).
 * - `dismissed`: staff dismissed the suggestion, with a reason (never suggested again;
 *   many dismissals of one person for others lower that person a little; a
 *   'wrong-expertise' or 'wrong-theme' reason discounts that offer or theme).
 * - `feedback`: ratings 1-5 of meetings the candidate had, with anyone.
 */
export interface MatchHistory {
	introduced: (MatchPair & { count: number })[];
	declined: MatchPair[];
	dismissed: (MatchPair & {
		reason?: DismissReason;
		note?: string;
		/**
		 * The need's categories and themes when it was dismissed. With reason
		 * 'wrong-expertise' (or 'wrong-theme') they teach the engine that this person's
		 * listed offer (or theme) is doubtful: it counts less for everyone's needs.
		 */
		categories?: string[];
		themes?: string[];
	})[];
	feedback: (MatchPair & { rating: number })[];
}

export const EMPTY_HISTORY: MatchHistory = Object.freeze({
	introduced: [],
	declined: [],
	dismissed: [],
	feedback: []
}) as MatchHistory;

/** Defaults of every weight; staff settings are parsed with MatchWeightsSchema over these. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze(MatchWeightsSchema.parse({}));

/** Reads staff-tuned weights (partial, possibly invalid) into a complete set; throws a ZodError on bad values. */
export function resolveWeights(input: unknown): MatchWeights {
	return MatchWeightsSchema.parse(input ?? {});
}

/**
 * One reason a suggestion was made, language-neutral; `formatReason` renders it.
 * Keys (category, theme, language, region, role, stage) are taxonomy keys, looked up
 * through the caller's label function; `terms` are words of the need's own text.
 */
export type Reason =
	| { code: 'offers'; params: { category: string } }
	| { code: 'theme'; params: { theme: string } }
	| { code: 'stage'; params: { stage: MatchStage; role: MatchRole } }
	| { code: 'role'; params: { role: MatchRole } }
	| { code: 'text'; params: { terms: string[] } }
	| { code: 'language'; params: { language: string } }
	| { code: 'region'; params: { region: string } }
	| { code: 'feedback'; params: { goodMeetings: number } }
	| { code: 'introduced'; params: { count: number } }
	| { code: 'capacity'; params: { open: number; perMonth: number } };

export type ReasonCode = Reason['code'];

export interface Suggestion {
	candidateId: string;
	/** 0-1, after penalties; the order of a list may differ from it by the diversity rule and funder priority. */
	score: number;
	reasons: Reason[];
}
