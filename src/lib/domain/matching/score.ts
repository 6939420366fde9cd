/**
 * The scoring model (docs/decisions/020-matching-engine.md): for one need, every
 * candidate reachable through the inverted index (sharing a category, a theme or a
 * text term) gets a weighted mean of its topical components (category, theme, text)
 * and its fit components (stage, language, region, role, feedback; gated by topical
 * relevance), then the history and capacity multipliers. Candidates that share nothing with the need are not scored at
 * all: language, region or role alone never make a suggestion.
 */
import { queryBm25 } from './bm25.ts';
import type { PreparedHistory } from './history.ts';
import {
	blockedDocs,
	doubtDeductions,
	historyArrays,
	introducedDocs
} from './history-by-position.ts';
import { ROLE_BITS, roleForCategory, type MatchIndex } from './match-index.ts';
import { analyseText, splitCompounds, type AnalysedText } from './text.ts';
import type { MatchNeed, MatchWeights } from './types.ts';

/**
 * Topical relevance (category, theme and text, as a share of their weights) from which
 * the fit components count in full; below it they count proportionally.
 */
export const TOPICAL_GATE = 0.3;

export interface ScoredCandidate {
	/** Position in the index's candidate list. */
	index: number;
	/** 0-1 after multipliers. */
	score: number;
	/** 1: ranks before every priority-0 candidate (funders for a funding need at pilot or scaling stage). */
	priority: 0 | 1;
}

export interface ScoreOptions {
	/**
	 * Apply monthly introduction capacity: a person whose open introductions reach their
	 * monthly capacity is excluded, a partly booked one ranks lower. Off for an
	 * Acceleration Day, which has its own meeting limits.
	 */
	respectCapacity: boolean;
	/** Drop candidates scoring below this (default weights.minScore). */
	minScore?: number;
}

/**
 * The need's text, analysed once per query: its language guessed (falling back on the
 * need's first language), and Dutch compounds split into parts the index knows.
 */
export function analyseNeed(index: MatchIndex, need: MatchNeed): AnalysedText {
	const first = need.languages[0]?.toLowerCase();
	const analysed = analyseText(need.text, first === 'fr' || first === 'en' ? first : 'nl');
	return splitCompounds(analysed, index.text.termIds);
}

/** True when funders form the first tier: the need's first category is funding, past the idea stage. */
export function fundersFirst(need: MatchNeed): boolean {
	return need.categories[0] === 'funding' && need.stage !== 'idea';
}

/**
 * The scored candidates of one need, in the index's scratch arrays: entries 0..count−1
 * of `docs` (positions), `scores` and `priorities`. Valid until the next query on the
 * same index; copy what must outlive it.
 */
export interface ScoredBuffer {
	count: number;
	docs: Int32Array;
	scores: Float64Array;
	priorities: Uint8Array;
}

/** Like scoreNeedInto, as a fresh array of objects (for tests and small callers). */
export function scoreNeed(
	index: MatchIndex,
	need: MatchNeed,
	history: PreparedHistory,
	weights: MatchWeights,
	options: ScoreOptions,
	analysed: AnalysedText = analyseNeed(index, need)
): ScoredCandidate[] {
	const out = scoreNeedInto(index, need, history, weights, options, analysed);
	const results: ScoredCandidate[] = [];
	for (let i = 0; i < out.count; i++) {
		results.push({
			index: out.docs[i],
			score: out.scores[i],
			priority: out.priorities[i] as 0 | 1
		});
	}
	return results;
}

/**
 * Scores one need against the index, without allocating per candidate. Invariants of
 * the result: no candidate the owner declined or staff dismissed for this owner, never
 * the owner themself, no score below `minScore`, and with `respectCapacity` nobody whose
 * capacity is full. Order is unspecified. Leaves the hit and BM25 buffers zeroed.
 */
export function scoreNeedInto(
	index: MatchIndex,
	need: MatchNeed,
	history: PreparedHistory,
	weights: MatchWeights,
	options: ScoreOptions,
	analysed: AnalysedText = analyseNeed(index, need)
): ScoredBuffer {
	const { categoryHits, themeHits, bm25: buffer, touched } = index.scratch;
	const out = {
		count: 0,
		docs: index.scratch.docs,
		scores: index.scratch.scores,
		priorities: index.scratch.priorities
	};
	const text = queryBm25(index.text, analysed.stems, buffer, touched);
	let touchedCount = text.touched.length;
	const categories = [...new Set(need.categories)];
	const themes = [...new Set(need.themes)];
	const mark = (lists: ReadonlyMap<string, Int32Array>, keys: string[], hits: Uint8Array) => {
		for (const key of keys) {
			const docs = lists.get(key);
			if (!docs) continue;
			for (let i = 0; i < docs.length; i++) {
				const doc = docs[i];
				if (categoryHits[doc] === 0 && themeHits[doc] === 0 && buffer[doc] === 0) {
					touched[touchedCount++] = doc;
				}
				hits[doc]++;
			}
		}
	};
	mark(index.byCategory, categories, categoryHits);
	mark(index.byTheme, themes, themeHits);

	// Components that cannot apply to this need leave the denominator, so a need without
	// themes can still reach a full score.
	const wCategory = categories.length ? weights.category : 0;
	const wTheme = themes.length ? weights.theme : 0;
	const wText = text.max > 0 ? weights.text : 0;
	const topicalTotal = wCategory + wTheme + wText;
	const total =
		topicalTotal +
		weights.stage +
		weights.language +
		weights.region +
		weights.role +
		weights.feedback;

	let needLanguages = 0;
	for (const language of need.languages) {
		const bit = index.languageBit.get(language.toLowerCase());
		if (bit !== undefined && bit < 30) needLanguages |= 1 << bit;
	}
	const languageUnknown = need.languages.length === 0;
	const needRegion = need.region ? (index.regionIds.get(need.region.toLowerCase()) ?? -2) : -2;
	let wantedRoles = 0;
	for (const category of categories) wantedRoles |= ROLE_BITS[roleForCategory(category)];
	const stageFit = index.stageFit[need.stage];
	const funderTier = fundersFirst(need);
	const { feedback, dismissals } = historyArrays(index, history);
	const blocked = blockedDocs(index, history.blocked.get(need.ownerId));
	const introduced = introducedDocs(index, history.introduced.get(need.ownerId));
	const categoryDoubt = doubtDeductions(index, categories, history.doubtedOffers, 'offers');
	const themeDoubt = doubtDeductions(index, themes, history.doubtedThemes, 'themes');
	const minScore = options.minScore ?? weights.minScore;

	const ownerDoc = index.positionOf.get(need.ownerId) ?? -1;
	const hasDoubts = categoryDoubt.size > 0 || themeDoubt.size > 0;
	const hasBlocked = blocked.size > 0;
	const hasIntroduced = introduced.size > 0;
	for (let t = 0; t < touchedCount; t++) {
		const doc = touched[t];
		let categoryHit = categoryHits[doc];
		let themeHit = themeHits[doc];
		categoryHits[doc] = 0;
		themeHits[doc] = 0;
		if (total <= 0 || doc === ownerDoc || (hasBlocked && blocked.has(doc))) continue;
		if (hasDoubts) {
			categoryHit -= categoryDoubt.get(doc) ?? 0;
			themeHit -= themeDoubt.get(doc) ?? 0;
		}
		const categoryShare = categories.length ? categoryHit / categories.length : 0;
		const themeShare = themes.length ? themeHit / themes.length : 0;
		const textShare = text.max > 0 ? buffer[doc] / text.max : 0;
		let multiplier = 1;
		const capacity = index.perMonth[doc];
		if (options.respectCapacity && capacity >= 0) {
			const open = index.openIntroductions[doc];
			if (open >= capacity) continue;
			multiplier *= 1 - (weights.capacityPenalty * open) / capacity;
		}
		const languageShare = languageUnknown
			? 0.5
			: (index.languageMask[doc] & needLanguages) !== 0
				? 1
				: 0;
		const topical = wCategory * categoryShare + wTheme * themeShare + wText * textShare;
		const fit =
			weights.stage * stageFit[doc] +
			weights.language * languageShare +
			weights.region * (index.regionId[doc] === needRegion ? 1 : 0) +
			weights.role * ((index.roleMask[doc] & wantedRoles) !== 0 ? 1 : 0) +
			weights.feedback * feedback[doc];
		// Fit (stage, language, region, role, feedback) only counts in full once the person
		// is topically relevant: sharing one common word must not make a suggestion.
		const gate = topicalTotal > 0 ? Math.min(1, topical / topicalTotal / TOPICAL_GATE) : 0;
		const relevance = topical + fit * gate;
		const timesIntroduced = hasIntroduced ? (introduced.get(doc) ?? 0) : 0;
		if (timesIntroduced > 0) multiplier /= 1 + weights.introducedPenalty * timesIntroduced;
		if (dismissals[doc] > 0) multiplier /= 1 + weights.dismissalPenalty * dismissals[doc];
		const score = Math.min(1, Math.max(0, relevance / total)) * multiplier;
		if (score < minScore || score <= 0) continue;
		out.docs[out.count] = doc;
		out.scores[out.count] = score;
		out.priorities[out.count] =
			funderTier && (index.roleMask[doc] & ROLE_BITS.funder) !== 0 ? 1 : 0;
		out.count++;
	}
	// BM25 scores were written only for the text-touched prefix; clear those.
	for (let t = 0; t < text.touched.length; t++) buffer[touched[t]] = 0;
	return out;
}

/** Ranking order: priority tier first, then score, then candidate position (stable, deterministic). */
export function compareScored(a: ScoredCandidate, b: ScoredCandidate): number {
	return b.priority - a.priority || b.score - a.score || a.index - b.index;
}
