import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseReviews, rankApplications, weightedScore, type Criterion, type Review } from './ranking.ts';

const rubric: Criterion[] = [
	{ key: 'impact', weight: 3, max: 5 },
	{ key: 'team', weight: 2, max: 5 },
	{ key: 'budget', weight: 1, max: 5 }
];

describe('weighted score', () => {
	it('weighs each criterion and scales to 0..1; incomplete or out-of-range reviews do not count', () => {
		expect(weightedScore(rubric, { impact: 5, team: 5, budget: 5 })).toBe(1);
		expect(weightedScore(rubric, { impact: 5, team: 0, budget: 0 })).toBeCloseTo(0.5);
		expect(weightedScore(rubric, { impact: 0, team: 5, budget: 5 })).toBeCloseTo(0.5);
		expect(weightedScore(rubric, { impact: 5, team: 5 })).toBeNull();
		expect(weightedScore(rubric, { impact: 6, team: 5, budget: 5 })).toBeNull();
	});
});

describe('normalisation and ranking', () => {
	it('a strict and a lenient reviewer who agree on the order count the same', () => {
		const strict = (app: string, s: number): Review => ({ reviewerId: 'strict', applicationId: app, scores: { impact: s, team: s, budget: s } });
		const lenient = (app: string, s: number): Review => ({ reviewerId: 'lenient', applicationId: app, scores: { impact: s, team: s, budget: s } });
		const reviews = [strict('a', 1), strict('b', 2), strict('c', 3), lenient('a', 3), lenient('b', 4), lenient('c', 5)];
		const z = normaliseReviews(rubric, reviews);
		const zOf = (r: string, a: string) => z.find((x) => x.reviewerId === r && x.applicationId === a)!.z;
		for (const app of ['a', 'b', 'c']) expect(zOf('strict', app)).toBeCloseTo(zOf('lenient', app));
		expect(rankApplications(['a', 'b', 'c'], rubric, reviews).map((r) => r.applicationId)).toEqual(['c', 'b', 'a']);
	});

	it('without normalisation a lenient reviewer would decide; with it their generosity does not', () => {
		// The strict reviewer's best (x) stands out more within their scores than the lenient
		// reviewer's best (y) within theirs, though y's raw score is higher.
		const all = (s: number) => ({ impact: s, team: s, budget: s });
		const reviews: Review[] = [
			{ reviewerId: 'strict', applicationId: 'x', scores: all(3) },
			{ reviewerId: 'strict', applicationId: 'w', scores: all(1) },
			{ reviewerId: 'strict', applicationId: 'u', scores: all(2) },
			{ reviewerId: 'lenient', applicationId: 'y', scores: all(5) },
			{ reviewerId: 'lenient', applicationId: 'v', scores: all(4) },
			{ reviewerId: 'lenient', applicationId: 't', scores: all(5) }
		];
		const ranked = rankApplications(['x', 'y', 'w', 'u', 'v', 't'], rubric, reviews);
		expect(ranked[0].applicationId).toBe('x');
		expect(ranked.find((r) => r.applicationId === 'y')!.meanScore).toBeGreaterThan(ranked[0].meanScore!);
	});

	it('leaves out a conflicted reviewer and puts unreviewed applications last, unranked', () => {
		const reviews: Review[] = [
			{ reviewerId: 'r1', applicationId: 'a', scores: { impact: 5, team: 5, budget: 5 } },
			{ reviewerId: 'r1', applicationId: 'b', scores: { impact: 1, team: 1, budget: 1 } },
			{ reviewerId: 'r2', applicationId: 'b', scores: { impact: 5, team: 5, budget: 5 } },
			{ reviewerId: 'r2', applicationId: 'a', scores: { impact: 0, team: 0, budget: 0 } }
		];
		const ranked = rankApplications(['a', 'b', 'c'], rubric, reviews, [{ reviewerId: 'r2', applicationId: 'a' }]);
		expect(ranked.map((r) => [r.applicationId, r.rank, r.reviews])).toEqual([
			['a', 1, 1],
			['b', 2, 2],
			['c', null, 0]
		]);
	});

	const scoreArb = fc.integer({ min: 0, max: 5 });
	const reviewsArb = fc
		.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }))
		.chain(([reviewers, apps]) =>
			fc.array(
				fc.record({
					reviewerId: fc.integer({ min: 0, max: reviewers - 1 }).map((i) => `r${i}`),
					applicationId: fc.integer({ min: 0, max: apps - 1 }).map((i) => `a${i}`),
					scores: fc.record({ impact: scoreArb, team: scoreArb, budget: scoreArb })
				}),
				{ maxLength: 24 }
			)
		)
		// One review per reviewer and application.
		.map((reviews) => [...new Map(reviews.map((r) => [`${r.reviewerId}/${r.applicationId}`, r])).values()]);

	it('property: each reviewer’s z-scores sum to zero', () => {
		fc.assert(
			fc.property(reviewsArb, (reviews) => {
				const z = normaliseReviews(rubric, reviews);
				const sums = new Map<string, number>();
				for (const r of z) sums.set(r.reviewerId, (sums.get(r.reviewerId) ?? 0) + r.z);
				for (const sum of sums.values()) expect(Math.abs(sum)).toBeLessThan(1e-9);
			})
		);
	});

	it('property: the ranking is a permutation, ranks 1..k for reviewed applications, mean z never increasing', () => {
		fc.assert(
			fc.property(reviewsArb, (reviews) => {
				const ids = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
				const ranked = rankApplications(ids, rubric, reviews);
				expect(ranked.map((r) => r.applicationId).sort()).toEqual(ids);
				const reviewed = ranked.filter((r) => r.rank !== null);
				expect(reviewed.map((r) => r.rank)).toEqual(reviewed.map((_, i) => i + 1));
				expect(ranked.slice(reviewed.length).every((r) => r.rank === null && r.reviews === 0)).toBe(true);
				for (let i = 1; i < reviewed.length; i++) expect(reviewed[i - 1].meanZ! - reviewed[i].meanZ!).toBeGreaterThan(-1e-9);
			})
		);
	});

	it('property: a reviewer who is uniformly stricter (all scores lower by the same affine map) changes nothing', () => {
		fc.assert(
			fc.property(reviewsArb, fc.integer({ min: 0, max: 3 }), (reviews, target) => {
				// Scale one reviewer's scores down: s -> s/2 on every criterion (an affine map of the weighted score).
				const stricter = reviews.map((r) =>
					r.reviewerId === `r${target}`
						? { ...r, scores: Object.fromEntries(Object.entries(r.scores).map(([k, s]) => [k, s / 2])) }
						: r
				);
				const ids = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
				const before = rankApplications(ids, rubric, reviews).map((r) => [r.applicationId, r.meanZ === null ? null : Math.round(r.meanZ * 1e6)]);
				const after = rankApplications(ids, rubric, stricter).map((r) => [r.applicationId, r.meanZ === null ? null : Math.round(r.meanZ * 1e6)]);
				expect(new Map(after as [string, number | null][])).toEqual(new Map(before as [string, number | null][]));
			})
		);
	});
});
