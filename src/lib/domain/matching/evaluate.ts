/**
 * Offline evaluation of the engine against a naive baseline (theme overlap only):
 * recall@10 and precision@5 over needs with known true matches, either planted in a
 * synthetic network or taken from the recorded accept/dismiss decisions of staff.
 */
import { prepareHistory } from './history.ts';
import type { MatchIndex } from './match-index.ts';
import { suggest } from './suggest.ts';
import {
	DEFAULT_MATCH_WEIGHTS,
	EMPTY_HISTORY,
	type MatchHistory,
	type MatchNeed,
	type MatchWeights
} from './types.ts';

export interface RankingQuality {
	/** Mean over needs of |true ∩ top 10| / min(|true|, 10). */
	recallAt10: number;
	/** Mean over needs of |true ∩ top 5| / 5. */
	precisionAt5: number;
}

export interface EvaluationResult {
	/** Needs that had at least one true match (the others are skipped). */
	needs: number;
	engine: RankingQuality;
	baseline: RankingQuality;
}

/** recall@10 and precision@5 of one ranked list against a set of true ids. */
export function rankingQuality(
	ranked: readonly string[],
	truth: ReadonlySet<string>
): RankingQuality {
	const hits = (k: number) => ranked.slice(0, k).filter((id) => truth.has(id)).length;
	return {
		recallAt10: truth.size ? hits(10) / Math.min(truth.size, 10) : 0,
		precisionAt5: hits(5) / 5
	};
}

/**
 * The naive baseline: candidates ranked by the number of themes they share with the
 * need, ties in index order; candidates sharing no theme are not listed. Like the
 * engine it never lists the innovator themself or a declined or dismissed pair, so
 * the comparison is about ranking only.
 */
export function baselineRanking(
	index: MatchIndex,
	need: MatchNeed,
	history: MatchHistory,
	limit = 10
): string[] {
	const blocked = prepareHistory(history).blocked.get(need.ownerId);
	const overlap = new Map<number, number>();
	for (const theme of new Set(need.themes)) {
		for (const doc of index.byTheme.get(theme) ?? []) overlap.set(doc, (overlap.get(doc) ?? 0) + 1);
	}
	return [...overlap]
		.filter(([doc]) => {
			const id = index.candidates[doc].id;
			return id !== need.ownerId && !blocked?.has(id);
		})
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, limit)
		.map(([doc]) => index.candidates[doc].id);
}

function mean(values: number[]): number {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Evaluates engine and baseline over needs with known true matches (needs without any are skipped). */
export function evaluate(
	index: MatchIndex,
	needs: readonly MatchNeed[],
	truth: ReadonlyMap<string, ReadonlySet<string>>,
	history: MatchHistory = EMPTY_HISTORY,
	weights: MatchWeights = DEFAULT_MATCH_WEIGHTS
): EvaluationResult {
	const engine: RankingQuality[] = [];
	const baseline: RankingQuality[] = [];
	for (const need of needs) {
		const expected = truth.get(need.id);
		if (!expected || expected.size === 0) continue;
		const ranked = suggest(index, need, history, weights, { limit: 10 }).map((s) => s.candidateId);
		engine.push(rankingQuality(ranked, expected));
		baseline.push(rankingQuality(baselineRanking(index, need, history), expected));
	}
	const summarise = (qualities: RankingQuality[]): RankingQuality => ({
		recallAt10: mean(qualities.map((q) => q.recallAt10)),
		precisionAt5: mean(qualities.map((q) => q.precisionAt5))
	});
	return { needs: engine.length, engine: summarise(engine), baseline: summarise(baseline) };
}

/** One recorded staff decision on a suggestion. */
export interface RecordedDecision {
	needId: string;
	candidateId: string;
	outcome: 'accepted' | 'dismissed';
}

/**
 * Evaluates on a real database's recorded decisions (to be fed by the DB side, not yet
 * wired): accepted pairs are the true matches of their need. The decisions being
 * evaluated are taken out of `history` first (a dismissed pair would otherwise be
 * excluded by the engine and an accepted one penalised as already introduced), so
 * `history` should hold what was known before those decisions.
 */
export function evaluateRecordedDecisions(
	index: MatchIndex,
	needs: readonly MatchNeed[],
	decisions: readonly RecordedDecision[],
	history: MatchHistory = EMPTY_HISTORY,
	weights: MatchWeights = DEFAULT_MATCH_WEIGHTS
): EvaluationResult {
	const needById = new Map(needs.map((need) => [need.id, need]));
	const truth = new Map<string, Set<string>>();
	const decided = new Set<string>();
	for (const decision of decisions) {
		const need = needById.get(decision.needId);
		if (!need) continue;
		decided.add(`${need.ownerId}\u0000${decision.candidateId}`);
		if (decision.outcome !== 'accepted') continue;
		if (!truth.has(decision.needId)) truth.set(decision.needId, new Set());
		truth.get(decision.needId)!.add(decision.candidateId);
	}
	const keep = (pair: { ownerId: string; candidateId: string }) =>
		!decided.has(`${pair.ownerId}\u0000${pair.candidateId}`);
	const before: MatchHistory = {
		introduced: history.introduced.filter(keep),
		declined: history.declined,
		dismissed: history.dismissed.filter(keep),
		feedback: history.feedback
	};
	return evaluate(index, needs, truth, before, weights);
}

export interface RuleCheck {
	needs: number;
	suggestionsShown: number;
	/** Declined or dismissed pairs that were shown anyway (must be 0). */
	blockedShown: number;
	/** People shown whose monthly capacity is full (must be 0). */
	fullCapacityShown: number;
	/** Lists of funding needs at pilot/scaling where a non-funder came before a funder (must be 0). */
	funderOrderBroken: number;
}

/** Counts violations of the engine's hard rules over many needs: a check at scale, next to the unit tests. */
export function checkRules(
	index: MatchIndex,
	needs: readonly MatchNeed[],
	history: MatchHistory,
	weights: MatchWeights = DEFAULT_MATCH_WEIGHTS
): RuleCheck {
	const prepared = prepareHistory(history);
	const result: RuleCheck = {
		needs: needs.length,
		suggestionsShown: 0,
		blockedShown: 0,
		fullCapacityShown: 0,
		funderOrderBroken: 0
	};
	for (const need of needs) {
		const shown = suggest(index, need, history, weights, { limit: 10 }).map(
			(s) => index.candidates[index.positionOf.get(s.candidateId)!]
		);
		result.suggestionsShown += shown.length;
		const blocked = prepared.blocked.get(need.ownerId);
		for (const candidate of shown) {
			if (blocked?.has(candidate.id) || candidate.id === need.ownerId) result.blockedShown++;
			const { perMonth, openIntroductions } = candidate.capacity;
			if (perMonth !== undefined && openIntroductions >= perMonth) result.fullCapacityShown++;
		}
		if (need.categories[0] === 'funding' && need.stage !== 'idea') {
			const isFunder = shown.map((c) => c.roles.includes('funder'));
			if (isFunder.some((funder, i) => funder && isFunder.slice(0, i).includes(false))) {
				result.funderOrderBroken++;
			}
		}
	}
	return result;
}
