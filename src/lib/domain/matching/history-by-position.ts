/**
 * The history re-keyed by candidate position in one index, so the scoring loop reads
 * typed arrays and small per-innovator sets instead of string-keyed maps.
 */
import { doubtFactor, feedbackSignal, type PreparedHistory } from './history.ts';
import type { MatchIndex } from './match-index.ts';

export interface HistoryArrays {
	/** feedbackSignal per candidate position. */
	feedback: Float64Array;
	/** Dismissals (for any innovator) per candidate position. */
	dismissals: Float64Array;
}
const arraysCache = new WeakMap<PreparedHistory, WeakMap<MatchIndex, HistoryArrays>>();

/** Per-candidate history by index position, computed once per (history, index) pair. */
export function historyArrays(index: MatchIndex, history: PreparedHistory): HistoryArrays {
	let perIndex = arraysCache.get(history);
	if (!perIndex) arraysCache.set(history, (perIndex = new WeakMap()));
	let arrays = perIndex.get(index);
	if (!arrays) {
		const n = index.candidates.length;
		arrays = { feedback: new Float64Array(n), dismissals: new Float64Array(n) };
		for (const [id, stats] of history.feedback) {
			const doc = index.positionOf.get(id);
			if (doc !== undefined) arrays.feedback[doc] = feedbackSignal(stats);
		}
		for (const [id, count] of history.dismissals) {
			const doc = index.positionOf.get(id);
			if (doc !== undefined) arrays.dismissals[doc] = count;
		}
		perIndex.set(index, arrays);
	}
	return arrays;
}

/**
 * What staff doubts take off a candidate's category (or theme) hits for this need: for
 * each of the need's keys the candidate lists but was dismissed as wrong for,
 * 1 − doubtFactor(doubts). Only candidates with doubts appear.
 */
export function doubtDeductions(
	index: MatchIndex,
	keys: readonly string[],
	doubts: ReadonlyMap<string, ReadonlyMap<string, number>>,
	field: 'offers' | 'themes'
): Map<number, number> {
	const out = new Map<number, number>();
	if (doubts.size === 0) return out;
	for (const key of keys) {
		for (const [id, count] of doubts.get(key) ?? []) {
			const doc = index.positionOf.get(id);
			if (doc === undefined || !index.candidates[doc][field].includes(key)) continue;
			out.set(doc, (out.get(doc) ?? 0) + 1 - doubtFactor(count));
		}
	}
	return out;
}

/** One innovator's blocked candidates, by index position (unknown ids drop out). */
export function blockedDocs(index: MatchIndex, ids: ReadonlySet<string> | undefined): Set<number> {
	const out = new Set<number>();
	for (const id of ids ?? []) {
		const doc = index.positionOf.get(id);
		if (doc !== undefined) out.add(doc);
	}
	return out;
}

/** One innovator's earlier introductions, by index position. */
export function introducedDocs(
	index: MatchIndex,
	counts: ReadonlyMap<string, number> | undefined
): Map<number, number> {
	const out = new Map<number, number>();
	for (const [id, count] of counts ?? []) {
		const doc = index.positionOf.get(id);
		if (doc !== undefined) out.set(doc, count);
	}
	return out;
}
