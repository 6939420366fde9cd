/**
 * Selection of applications to a call (pure): rubric scores with weights, normalised per
 * reviewer so that a strict and a lenient reviewer count the same, and a ranking.
 *
 * - A review's **weighted score** is Σ wᵢ·(sᵢ / maxᵢ) / Σ wᵢ, in [0, 1]; a review that
 *   misses a criterion is incomplete and does not count.
 * - **Normalisation** (z-scores): for each reviewer, z = (score − mean) / sd over that
 *   reviewer's complete reviews (population sd). A reviewer with one review, or the same
 *   score everywhere, gives z = 0 to each (they tell nothing about order).
 * - Reviews by a reviewer with a **conflict of interest** on the application are left out
 *   before anything is computed.
 * - **Ranking**: by mean z over the application's reviews (highest first), ties by mean
 *   weighted score, then by id (deterministic). Applications without any counted review
 *   come last, unranked.
 */
export interface Criterion {
	key: string;
	weight: number;
	/** Highest score on this criterion (scores go from 0 to max). */
	max: number;
}

export interface Review {
	reviewerId: string;
	applicationId: string;
	scores: Record<string, number>;
}

export interface Conflict {
	reviewerId: string;
	applicationId: string;
}

export interface RankedApplication {
	applicationId: string;
	/** 1-based; null when no review counted. */
	rank: number | null;
	reviews: number;
	/** Mean of the per-reviewer z-scores. */
	meanZ: number | null;
	/** Mean weighted score, 0..1. */
	meanScore: number | null;
}

/** The weighted score of one review in [0, 1], or null when a criterion is missing or out of range. */
export function weightedScore(criteria: readonly Criterion[], scores: Record<string, number>): number | null {
	let total = 0;
	let weights = 0;
	for (const c of criteria) {
		const s = scores[c.key];
		if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > c.max || c.max <= 0) return null;
		total += c.weight * (s / c.max);
		weights += c.weight;
	}
	return weights > 0 ? total / weights : null;
}

export interface ScoredReview {
	reviewerId: string;
	applicationId: string;
	score: number;
	z: number;
}

/** Complete, non-conflicted reviews with their weighted score and per-reviewer z-score. */
export function normaliseReviews(
	criteria: readonly Criterion[],
	reviews: readonly Review[],
	conflicts: readonly Conflict[] = []
): ScoredReview[] {
	const conflicted = new Set(conflicts.map((c) => `${c.reviewerId}\u0000${c.applicationId}`));
	const scored = reviews
		.filter((r) => !conflicted.has(`${r.reviewerId}\u0000${r.applicationId}`))
		.map((r) => ({ reviewerId: r.reviewerId, applicationId: r.applicationId, score: weightedScore(criteria, r.scores) }))
		.filter((r): r is { reviewerId: string; applicationId: string; score: number } => r.score !== null);
	const byReviewer = new Map<string, number[]>();
	for (const r of scored) (byReviewer.get(r.reviewerId) ?? byReviewer.set(r.reviewerId, []).get(r.reviewerId)!).push(r.score);
	const stats = new Map<string, { mean: number; sd: number }>();
	for (const [reviewer, values] of byReviewer) {
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
		stats.set(reviewer, { mean, sd: Math.sqrt(variance) });
	}
	return scored.map((r) => {
		const { mean, sd } = stats.get(r.reviewerId)!;
		// Differences below rounding noise are no difference.
		const z = sd > 1e-9 ? (r.score - mean) / sd : 0;
		return { ...r, z };
	});
}

export function rankApplications(
	applicationIds: readonly string[],
	criteria: readonly Criterion[],
	reviews: readonly Review[],
	conflicts: readonly Conflict[] = []
): RankedApplication[] {
	const known = new Set(applicationIds);
	const normalised = normaliseReviews(criteria, reviews, conflicts).filter((r) => known.has(r.applicationId));
	const rows = [...known].map((applicationId) => {
		const mine = normalised.filter((r) => r.applicationId === applicationId);
		return {
			applicationId,
			rank: null as number | null,
			reviews: mine.length,
			meanZ: mine.length ? mine.reduce((a, r) => a + r.z, 0) / mine.length : null,
			meanScore: mine.length ? mine.reduce((a, r) => a + r.score, 0) / mine.length : null
		};
	});
	const rounded = (x: number | null) => (x === null ? -Infinity : Math.round(x * 1e9) / 1e9);
	rows.sort(
		(a, b) =>
			rounded(b.meanZ) - rounded(a.meanZ) ||
			rounded(b.meanScore) - rounded(a.meanScore) ||
			(a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0)
	);
	let rank = 0;
	for (const row of rows) if (row.meanZ !== null) row.rank = ++rank;
	return rows;
}
