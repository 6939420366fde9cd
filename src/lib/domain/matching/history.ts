/**
 * The history of earlier introductions, prepared once into lookups the scorer can
 * query per candidate in constant time. Preparation is cached per history object, so
 * callers may pass the same MatchHistory to many `suggest` calls cheaply; a history
 * must therefore not be mutated after it was first used (build a new one instead).
 */
import type { MatchHistory } from './types.ts';

export interface FeedbackStats {
	count: number;
	sum: number;
	/** Ratings of 4 or 5. */
	good: number;
}

export interface PreparedHistory {
	/** owner → candidates never to suggest again (declined or dismissed). */
	blocked: Map<string, Set<string>>;
	/** owner → candidate → number of earlier introductions. */
	introduced: Map<string, Map<string, number>>;
	/** candidate → ratings of their earlier meetings with anyone. */
	feedback: Map<string, FeedbackStats>;
	/** candidate → how often staff dismissed them (for any innovator). */
	dismissals: Map<string, number>;
	/** category → candidate → dismissals saying the person lacks that expertise. */
	doubtedOffers: Map<string, Map<string, number>>;
	/** theme → candidate → dismissals saying the person does not work on that theme. */
	doubtedThemes: Map<string, Map<string, number>>;
}

function countInto(
	map: Map<string, Map<string, number>>,
	keys: readonly string[] | undefined,
	candidateId: string
) {
	for (const key of new Set(keys ?? [])) {
		if (!map.has(key)) map.set(key, new Map());
		const perCandidate = map.get(key)!;
		perCandidate.set(candidateId, (perCandidate.get(candidateId) ?? 0) + 1);
	}
}

/**
 * How much one listed offer or theme still counts after `doubts` dismissals saying it
 * is wrong: 1 / (1 + doubts), so one dismissal halves it and it never turns negative.
 */
export function doubtFactor(doubts: number): number {
	return 1 / (1 + Math.max(0, doubts));
}

const cache = new WeakMap<MatchHistory, PreparedHistory>();

export function prepareHistory(history: MatchHistory): PreparedHistory {
	const cached = cache.get(history);
	if (cached) return cached;
	const blocked = new Map<string, Set<string>>();
	const block = (ownerId: string, candidateId: string) => {
		if (!blocked.has(ownerId)) blocked.set(ownerId, new Set());
		blocked.get(ownerId)!.add(candidateId);
	};
	for (const pair of history.declined) block(pair.ownerId, pair.candidateId);
	const dismissals = new Map<string, number>();
	const doubtedOffers = new Map<string, Map<string, number>>();
	const doubtedThemes = new Map<string, Map<string, number>>();
	for (const pair of history.dismissed) {
		block(pair.ownerId, pair.candidateId);
		if (pair.reason === 'wrong-expertise')
			countInto(doubtedOffers, pair.categories, pair.candidateId);
		if (pair.reason === 'wrong-theme') countInto(doubtedThemes, pair.themes, pair.candidateId);
		dismissals.set(pair.candidateId, (dismissals.get(pair.candidateId) ?? 0) + 1);
	}
	const introduced = new Map<string, Map<string, number>>();
	for (const { ownerId, candidateId, count } of history.introduced) {
		if (!introduced.has(ownerId)) introduced.set(ownerId, new Map());
		const perOwner = introduced.get(ownerId)!;
		perOwner.set(candidateId, (perOwner.get(candidateId) ?? 0) + Math.max(0, count));
	}
	const feedback = new Map<string, FeedbackStats>();
	for (const { candidateId, rating } of history.feedback) {
		if (!(rating >= 1 && rating <= 5)) continue;
		const stats = feedback.get(candidateId) ?? { count: 0, sum: 0, good: 0 };
		stats.count++;
		stats.sum += rating;
		if (rating >= 4) stats.good++;
		feedback.set(candidateId, stats);
	}
	const prepared = { blocked, introduced, feedback, dismissals, doubtedOffers, doubtedThemes };
	cache.set(history, prepared);
	return prepared;
}

/**
 * The feedback component, in [−1, 1]: the average rating centred on 3 and scaled to
 * ±1, damped by n/(n+2) so one enthusiastic rating does not outweigh everything.
 */
export function feedbackSignal(stats: FeedbackStats | undefined): number {
	if (!stats || stats.count === 0) return 0;
	return ((stats.sum / stats.count - 3) / 2) * (stats.count / (stats.count + 2));
}

export interface DismissalReport {
	total: number;
	byReason: { reason: string; count: number }[];
	/** Candidates dismissed most often, most first (ties by id). */
	mostDismissed: { candidateId: string; count: number }[];
}

/** Counts the dismissal reasons, for the staff report that guides weight tuning. */
export function reportDismissals(history: MatchHistory, top = 10): DismissalReport {
	const byReason = new Map<string, number>();
	const byCandidate = new Map<string, number>();
	for (const { reason, candidateId } of history.dismissed) {
		const key = reason ?? 'other';
		byReason.set(key, (byReason.get(key) ?? 0) + 1);
		byCandidate.set(candidateId, (byCandidate.get(candidateId) ?? 0) + 1);
	}
	const sorted = <T extends string>(map: Map<string, number>, name: T) =>
		[...map]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([key, count]) => ({ [name]: key, count }) as Record<T, string> & { count: number });
	return {
		total: history.dismissed.length,
		byReason: sorted(byReason, 'reason'),
		mostDismissed: sorted(byCandidate, 'candidateId').slice(0, top)
	};
}
