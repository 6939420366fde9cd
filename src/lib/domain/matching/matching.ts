/**
 * The public face of the matchmaking engine (issue MM): what services, routes and the
 * CLI import. Everything here is pure; the caller loads candidates, needs and history
 * from the database, builds the index once per change of the candidate set, and passes
 * weights parsed with MatchWeightsSchema.
 *
 *   const index = buildMatchIndex(candidates);
 *   const list = suggest(index, need, history, weights, { limit: 10 });
 *   formatReasons(list[0].reasons, 'nl', labels);
 *   const scores = scorePairs(needs, chancegivers, history, weights); // Acceleration Day
 */
export { buildMatchIndex, type MatchIndex } from './match-index.ts';
export {
	suggest,
	previewWeightChange,
	type SuggestOptions,
	type WeightPreview
} from './suggest.ts';
export {
	scorePairs,
	timetableRole,
	type PairScore,
	type ScorePairsOptions
} from './score-pairs.ts';
export {
	formatReason,
	formatReasons,
	defaultMatchLabel,
	type MatchLabels,
	type MatchLocale,
	type LabelKind
} from './reason-format.ts';
export { reportDismissals, prepareHistory, type DismissalReport } from './history.ts';
export {
	evaluate,
	evaluateRecordedDecisions,
	baselineRanking,
	rankingQuality,
	type EvaluationResult,
	type RecordedDecision,
	type RankingQuality
} from './evaluate.ts';
export {
	DEFAULT_MATCH_WEIGHTS,
	EMPTY_HISTORY,
	resolveWeights,
	type MatchCandidate,
	type MatchHistory,
	type MatchNeed,
	type MatchWeights,
	type Reason,
	type Suggestion
} from './types.ts';
