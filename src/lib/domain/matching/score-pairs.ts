/**
 * Pair scores for an Acceleration Day: every innovator against every chancegiver, as
 * the sparse `[innovatorId, chancegiverId, score]` list of the timetable instance
 * (shared contract timetable-format.md: positive scores, each pair once).
 */
import { prepareHistory } from './history.ts';
import { buildMatchIndex, type MatchIndex } from './match-index.ts';
import { scoreNeedInto } from './score.ts';
import {
	DEFAULT_MATCH_WEIGHTS,
	type MatchCandidate,
	type MatchHistory,
	type MatchNeed,
	type MatchWeights
} from './types.ts';

export type PairScore = [innovatorId: string, chancegiverId: string, score: number];

export interface ScorePairsOptions {
	/** Pairs scoring below this on the 1-100 scale are left out (default 20). */
	threshold?: number;
	/** Keep only each innovator's best this-many chancegivers (ties by input order); default all. */
	maxPerInnovator?: number;
	/** A prebuilt index over exactly these chancegivers, to reuse across runs. */
	index?: MatchIndex;
}

/**
 * Scores every innovator's needs against every chancegiver. The innovator of a need is
 * its `ownerId`; an innovator with several needs gets, per chancegiver, the best score
 * over those needs. Monthly introduction capacity is ignored (the day has its own
 * meeting limits); declined and dismissed pairs are left out, as in `suggest`.
 *
 * Output invariants: integer scores in [max(1, threshold), 100], each
 * (innovator, chancegiver) pair at most once, at most `maxPerInnovator` per innovator, sorted by innovator then chancegiver in
 * input order, so the same input always gives the same list.
 */
export function scorePairs(
	innovatorNeeds: readonly MatchNeed[],
	chancegivers: readonly MatchCandidate[],
	history: MatchHistory,
	weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
	options: ScorePairsOptions = {}
): PairScore[] {
	const threshold = options.threshold ?? 20;
	const index = options.index ?? buildMatchIndex(chancegivers);
	const prepared = prepareHistory(history);
	// A pair is kept when its rounded score reaches the threshold; scoring may stop just below.
	const minScore = Math.max(0, threshold - 0.5) / 100;
	const best = new Map<string, Float64Array>();
	const innovatorOrder: string[] = [];
	for (const need of innovatorNeeds) {
		let row = best.get(need.ownerId);
		if (!row) {
			row = new Float64Array(index.candidates.length);
			best.set(need.ownerId, row);
			innovatorOrder.push(need.ownerId);
		}
		const scored = scoreNeedInto(index, need, prepared, weights, {
			respectCapacity: false,
			minScore
		});
		for (let i = 0; i < scored.count; i++) {
			const doc = scored.docs[i];
			if (scored.scores[i] > row[doc]) row[doc] = scored.scores[i];
		}
	}
	const pairs: PairScore[] = [];
	for (const innovatorId of innovatorOrder) {
		const row = best.get(innovatorId)!;
		const kept: PairScore[] = [];
		for (let doc = 0; doc < row.length; doc++) {
			if (row[doc] === 0) continue;
			const score = Math.min(100, Math.max(1, Math.round(row[doc] * 100)));
			if (score >= threshold) kept.push([innovatorId, index.candidates[doc].id, score]);
		}
		const limit = options.maxPerInnovator;
		if (limit !== undefined && kept.length > limit) {
			const order = new Map(kept.map((pair, i) => [pair, i]));
			const best = kept
				.slice()
				.sort((a, b) => b[2] - a[2] || order.get(a)! - order.get(b)!)
				.slice(0, limit);
			const chosen = new Set(best);
			pairs.push(...kept.filter((pair) => chosen.has(pair)));
		} else {
			pairs.push(...kept);
		}
	}
	return pairs;
}

/**
 * The chancegiver `role` of a timetable instance (timetable-format.md allows funder,
 * expert, mentor, networker): a person's first such role, peers count as experts.
 * Funder wins when present, since `minFundersPerInnovator` counts on it.
 */
export function timetableRole(
	candidate: MatchCandidate
): 'funder' | 'expert' | 'mentor' | 'networker' {
	if (candidate.roles.includes('funder')) return 'funder';
	const role = candidate.roles.find((r) => r !== 'peer');
	return role === 'mentor' || role === 'networker' || role === 'expert' ? role : 'expert';
}
