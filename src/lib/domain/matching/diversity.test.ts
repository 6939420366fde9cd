import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diversify, type DiversityRule } from './diversity.ts';
import { buildMatchIndex } from './match-index.ts';
import { prepareHistory } from './history.ts';
import { compareScored, scoreNeed, type ScoredCandidate } from './score.ts';
import { mulberry32 } from './seeded-random.ts';
import { generateNetwork } from './synthetic-network.ts';
import { suggest } from './suggest.ts';
import { aCandidate, aNeed } from './test-fixtures.ts';
import { EMPTY_HISTORY, resolveWeights } from './types.ts';

/** Random ranked lists: candidates with a score, a tier, an organisation and a helix (−1: none). */
const rankedArbitrary = fc
	.array(
		fc.record({
			score: fc.double({ min: 0, max: 1, noNaN: true }),
			priority: fc.constantFrom<0 | 1>(0, 0, 0, 1),
			organisation: fc.integer({ min: -1, max: 4 }),
			helix: fc.integer({ min: -1, max: 3 })
		}),
		{ maxLength: 40 }
	)
	.map((rows) => {
		const ranked: ScoredCandidate[] = rows.map((row, index) => ({
			index,
			score: row.score,
			priority: row.priority
		}));
		return {
			ranked: ranked.sort(compareScored),
			groups: { organisationId: rows.map((r) => r.organisation), helixId: rows.map((r) => r.helix) }
		};
	});
const ruleArbitrary = fc.record<DiversityRule>({
	maxPerOrganisation: fc.integer({ min: 1, max: 4 }),
	maxPerHelix: fc.integer({ min: 1, max: 6 }),
	tolerance: fc.double({ min: 0, max: 0.3, noNaN: true })
});

describe('diversify', () => {
	it('returns min(limit, n) distinct candidates from the ranked list (property)', () => {
		fc.assert(
			fc.property(
				rankedArbitrary,
				ruleArbitrary,
				fc.integer({ min: 0, max: 15 }),
				({ ranked, groups }, rule, limit) => {
					const picked = diversify(ranked, limit, groups, rule);
					expect(picked).toHaveLength(Math.min(limit, ranked.length));
					expect(new Set(picked.map((p) => p.index)).size).toBe(picked.length);
					for (const p of picked) expect(ranked).toContain(p);
				}
			)
		);
	});

	it('exceeds a cap only when no in-cap candidate of the tier was within tolerance, and never skips by more than tolerance (property)', () => {
		fc.assert(
			fc.property(
				rankedArbitrary,
				ruleArbitrary,
				fc.integer({ min: 1, max: 15 }),
				({ ranked, groups }, rule, limit) => {
					const picked = diversify(ranked, limit, groups, rule);
					const organisationCount = new Map<number, number>();
					const helixCount = new Map<number, number>();
					const inCaps = (c: ScoredCandidate) => {
						const o = groups.organisationId[c.index];
						const h = groups.helixId[c.index];
						return (
							(o < 0 || (organisationCount.get(o) ?? 0) < rule.maxPerOrganisation) &&
							(h < 0 || (helixCount.get(h) ?? 0) < rule.maxPerHelix)
						);
					};
					const remaining = new Set(ranked);
					for (const pick of picked) {
						const best = ranked.find((c) => remaining.has(c))!;
						// Diversity costs at most `tolerance` against the best remaining candidate.
						if (pick !== best) {
							expect(pick.priority).toBe(best.priority);
							expect(pick.score).toBeGreaterThanOrEqual(best.score - rule.tolerance);
							expect(inCaps(pick)).toBe(true);
						}
						if (!inCaps(pick)) {
							const alternatives = [...remaining].filter(
								(c) =>
									c !== pick &&
									inCaps(c) &&
									c.priority === pick.priority &&
									c.score >= pick.score - rule.tolerance
							);
							expect(alternatives).toEqual([]);
						}
						remaining.delete(pick);
						const o = groups.organisationId[pick.index];
						const h = groups.helixId[pick.index];
						if (o >= 0) organisationCount.set(o, (organisationCount.get(o) ?? 0) + 1);
						if (h >= 0) helixCount.set(h, (helixCount.get(h) ?? 0) + 1);
					}
				}
			)
		);
	});

	it('holds the caps when everyone is nearly as good (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0.7, max: 0.74, noNaN: true }), { minLength: 30, maxLength: 30 }),
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }),
				(scores, organisations) => {
					const ranked = scores
						.map((score, index) => ({ index, score, priority: 0 as const }))
						.sort(compareScored);
					const rule = { maxPerOrganisation: 2, maxPerHelix: 30, tolerance: 0.05 };
					const groups = { organisationId: organisations, helixId: organisations.map(() => -1) };
					const picked = diversify(ranked, 10, groups, rule);
					const perOrganisation = new Map<number, number>();
					for (const p of picked)
						perOrganisation.set(
							organisations[p.index],
							(perOrganisation.get(organisations[p.index]) ?? 0) + 1
						);
					// All scores are within tolerance, so the caps hold whenever the organisations can fill ten places within them.
					const members = new Map<number, number>();
					for (const o of organisations) members.set(o, (members.get(o) ?? 0) + 1);
					const placesWithinCaps = [...members.values()].reduce(
						(sum, n) => sum + Math.min(n, 2),
						0
					);
					if (placesWithinCaps >= 10) {
						for (const count of perOrganisation.values()) expect(count).toBeLessThanOrEqual(2);
					} else {
						expect(picked).toHaveLength(10);
					}
				}
			)
		);
	});
});

describe('diversity in suggestions', () => {
	it('does not fill the top ten with one organisation when others are nearly as good', () => {
		const bigFirm = Array.from({ length: 10 }, (_, i) =>
			aCandidate(`firm-${i}`, { organisationId: 'big-law', helix: 'industry' })
		);
		// Slightly weaker: no region match; different organisations and helixes.
		const others = Array.from({ length: 10 }, (_, i) =>
			aCandidate(`other-${i}`, {
				organisationId: `org-${i}`,
				helix: i % 2 ? 'academia' : 'civil-society',
				region: 'bruges'
			})
		);
		const index = buildMatchIndex([...bigFirm, ...others]);
		const need = aNeed({ region: 'antwerp' });
		const top = suggest(index, need, EMPTY_HISTORY).map((s) => s.candidateId);
		expect(top).toHaveLength(10);
		expect(top.filter((id) => id.startsWith('firm-'))).toHaveLength(2);
		// With the caps lifted, the firm's people take the whole top.
		const uncapped = resolveWeights({ maxPerOrganisation: 50, maxPerHelix: 50 });
		expect(
			suggest(index, need, EMPTY_HISTORY, uncapped).every((s) => s.candidateId.startsWith('firm-'))
		).toBe(true);
	});
});

describe('the ranked prefix suggest sorts', () => {
	it('gives the same list as diversifying the whole ranking (property)', () => {
		const network = generateNetwork(mulberry32(31), { people: 600, needs: 30 });
		const index = buildMatchIndex(network.candidates);
		const history = prepareHistory(EMPTY_HISTORY);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 29 }),
				fc.integer({ min: 1, max: 25 }),
				fc.record({
					maxPerOrganisation: fc.integer({ min: 1, max: 3 }),
					maxPerHelix: fc.integer({ min: 1, max: 5 }),
					diversityTolerance: fc.double({ min: 0, max: 0.3, noNaN: true })
				}),
				(needIndex, limit, tuned) => {
					const need = network.needs[needIndex];
					const weights = resolveWeights(tuned);
					const full = scoreNeed(index, need, history, weights, { respectCapacity: true }).sort(
						compareScored
					);
					const rule = { ...tuned, tolerance: tuned.diversityTolerance };
					const expected = diversify(full, limit, index, rule).map(
						(c) => index.candidates[c.index].id
					);
					const actual = suggest(index, need, EMPTY_HISTORY, weights, { limit }).map(
						(s) => s.candidateId
					);
					expect(actual).toEqual(expected);
				}
			),
			{ numRuns: 80 }
		);
	});
});
