/**
 * Suggestions for one need: score, rank (funder tier, then score), apply the
 * diversity rule, explain the few that are shown. And a preview of how the top lists
 * change when staff tune the weights.
 */
import { diversify } from './diversity.ts';
import { prepareHistory } from './history.ts';
import type { MatchIndex } from './match-index.ts';
import { explainCandidate } from './reasons.ts';
import {
	analyseNeed,
	compareScored,
	scoreNeedInto,
	type ScoredBuffer,
	type ScoredCandidate
} from './score.ts';
import {
	DEFAULT_MATCH_WEIGHTS,
	type MatchHistory,
	type MatchNeed,
	type MatchWeights,
	type Suggestion
} from './types.ts';

export interface SuggestOptions {
	/** How many suggestions, default 10. */
	limit?: number;
	/** Apply monthly capacity (default true); see ScoreOptions.respectCapacity. */
	respectCapacity?: boolean;
}

/**
 * The top suggestions for one need. Guarantees: never a pair the innovator declined or
 * staff dismissed, never the innovator themself, never someone whose monthly capacity
 * is full (with respectCapacity), nobody below weights.minScore; funders first for a
 * funding need at pilot or scaling stage; the diversity rule of diversity.ts.
 */
export function suggest(
	index: MatchIndex,
	need: MatchNeed,
	history: MatchHistory,
	weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
	options: SuggestOptions = {}
): Suggestion[] {
	const limit = options.limit ?? 10;
	const respectCapacity = options.respectCapacity ?? true;
	const prepared = prepareHistory(history);
	const analysed = analyseNeed(index, need);
	const scored = scoreNeedInto(index, need, prepared, weights, { respectCapacity }, analysed);
	const ranked = topWithinReach(scored, index.scratch.selection, limit, weights.diversityTolerance);
	const picked = diversify(ranked, limit, index, {
		maxPerOrganisation: weights.maxPerOrganisation,
		maxPerHelix: weights.maxPerHelix,
		tolerance: weights.diversityTolerance
	});
	return picked.map((candidate) => ({
		candidateId: index.candidates[candidate.index].id,
		score: candidate.score,
		reasons: explainCandidate(index, need, analysed, candidate.index, prepared, respectCapacity)
	}));
}

/**
 * The ranked candidates the diversity rule can reach, sorted; the rest is never
 * sorted. Why this is exact: diversify takes at most `limit` picks, so the best
 * remaining candidate at each step is among the first `limit` of the ranking, and an
 * alternative must be in its tier and within `tolerance` of it. So nothing scoring
 * below (limit-th best of that tier) − tolerance can ever be picked.
 */
function topWithinReach(
	scored: ScoredBuffer,
	selection: Float64Array,
	limit: number,
	tolerance: number
): ScoredCandidate[] {
	const { count, docs, scores, priorities } = scored;
	let tier1 = 0;
	for (let i = 0; i < count; i++) tier1 += priorities[i];
	// Tier to cut in, and how many of that tier are ranked above the cut.
	const cutTier = tier1 >= limit ? 1 : 0;
	const k = cutTier === 1 ? limit : limit - tier1;
	let n = 0;
	for (let i = 0; i < count; i++) if (priorities[i] === cutTier) selection[n++] = scores[i];
	const border = k >= 1 && n > 0 ? kthLargest(selection, n, Math.min(k, n)) - tolerance : -Infinity;
	const ranked: ScoredCandidate[] = [];
	for (let i = 0; i < count; i++) {
		const priority = priorities[i];
		if (priority > cutTier || (priority === cutTier && scores[i] >= border)) {
			ranked.push({ index: docs[i], score: scores[i], priority: priority as 0 | 1 });
		}
	}
	return ranked.sort(compareScored);
}

/** The k-th largest (1-based) of values[0..n−1] by quickselect; that range is reordered. */
function kthLargest(values: Float64Array, n: number, k: number): number {
	let lo = 0;
	let hi = n - 1;
	const target = k - 1;
	while (lo < hi) {
		const pivot = values[(lo + hi) >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i] > pivot) i++;
			while (values[j] < pivot) j--;
			if (i <= j) {
				const swap = values[i];
				values[i] = values[j];
				values[j] = swap;
				i++;
				j--;
			}
		}
		if (target <= j) hi = j;
		else if (target >= i) lo = i;
		else break;
	}
	return values[target];
}

export interface WeightPreview {
	needId: string;
	/** Candidates in the new top list that were not in the old one. */
	entered: string[];
	/** Candidates of the old top list that dropped out. */
	left: string[];
	/** Candidates in both lists whose position changed: old and new position, 1-based. */
	moved: { candidateId: string; from: number; to: number }[];
	before: string[];
	after: string[];
}

/** What changing the weights would do to the top lists of these needs, for the staff settings page. */
export function previewWeightChange(
	index: MatchIndex,
	needs: readonly MatchNeed[],
	history: MatchHistory,
	current: MatchWeights,
	proposed: MatchWeights,
	options: SuggestOptions = {}
): WeightPreview[] {
	return needs.map((need) => {
		const before = suggest(index, need, history, current, options).map((s) => s.candidateId);
		const after = suggest(index, need, history, proposed, options).map((s) => s.candidateId);
		const oldPosition = new Map(before.map((id, i) => [id, i + 1]));
		const newPosition = new Map(after.map((id, i) => [id, i + 1]));
		return {
			needId: need.id,
			entered: after.filter((id) => !oldPosition.has(id)),
			left: before.filter((id) => !newPosition.has(id)),
			moved: after
				.filter((id) => oldPosition.has(id) && oldPosition.get(id) !== newPosition.get(id))
				.map((id) => ({ candidateId: id, from: oldPosition.get(id)!, to: newPosition.get(id)! })),
			before,
			after
		};
	});
}
