import { describe, expect, it } from 'vitest';
import {
	baselineRanking,
	checkRules,
	evaluate,
	evaluateRecordedDecisions,
	rankingQuality
} from './evaluate.ts';
import { suggest } from './suggest.ts';
import { buildMatchIndex } from './match-index.ts';
import { mulberry32 } from './seeded-random.ts';
import { generateHistory } from './synthetic-history.ts';
import { generateNetwork } from './synthetic-network.ts';
import { aCandidate, aHistory, aNeed } from './test-fixtures.ts';

describe('rankingQuality', () => {
	it('computes recall@10 over min(|truth|, 10) and precision@5 over 5', () => {
		const ranked = ['a', 'x', 'b', 'y', 'z', 'c', 'w', 'v', 'u', 't', 'd'];
		expect(rankingQuality(ranked, new Set(['a', 'b', 'c', 'd']))).toEqual({
			recallAt10: 3 / 4,
			precisionAt5: 2 / 5
		});
		const many = new Set(Array.from({ length: 20 }, (_, i) => `p${i}`));
		expect(rankingQuality(['p1', 'p2', 'q'], many)).toEqual({
			recallAt10: 2 / 10,
			precisionAt5: 2 / 5
		});
	});
});

describe('synthetic networks', () => {
	it('are reproducible from the seed, with planted matches that exist', () => {
		const a = generateNetwork(mulberry32(5), { people: 200, needs: 10 });
		const b = generateNetwork(mulberry32(5), { people: 200, needs: 10 });
		expect(b).toEqual(a);
		expect(a.candidates).toHaveLength(200);
		const ids = new Set(a.candidates.map((c) => c.id));
		for (const need of a.needs) {
			const truth = a.truth.get(need.id)!;
			expect(truth.size).toBeGreaterThanOrEqual(5);
			for (const id of truth) expect(ids.has(id)).toBe(true);
		}
		expect(generateNetwork(mulberry32(6), { people: 200, needs: 10 })).not.toEqual(a);
	});
});

describe('generated history', () => {
	it('is reproducible and refers to people of the network', () => {
		const network = generateNetwork(mulberry32(8), { people: 100, needs: 5 });
		const history = generateHistory(mulberry32(9), network);
		expect(generateHistory(mulberry32(9), network)).toEqual(history);
		const ids = new Set(network.candidates.map((c) => c.id));
		const pairs = [
			...history.introduced,
			...history.declined,
			...history.dismissed,
			...history.feedback
		];
		expect(pairs.length).toBeGreaterThan(5 * 5);
		for (const pair of pairs) expect(ids.has(pair.candidateId)).toBe(true);
		for (const { rating } of history.feedback) expect(rating >= 1 && rating <= 5).toBe(true);
	});
});

describe('evaluate', () => {
	it('the engine beats the theme-overlap baseline clearly on both measures', () => {
		const network = generateNetwork(mulberry32(2026), { people: 1000, needs: 40 });
		const result = evaluate(buildMatchIndex(network.candidates), network.needs, network.truth);
		expect(result.needs).toBe(40);
		expect(result.engine.recallAt10).toBeGreaterThan(result.baseline.recallAt10 + 0.3);
		expect(result.engine.precisionAt5).toBeGreaterThan(result.baseline.precisionAt5 + 0.3);
	});

	it('the baseline ranks by shared themes only', () => {
		const index = buildMatchIndex([
			aCandidate('one', { themes: ['poverty'] }),
			aCandidate('two', { themes: ['poverty', 'housing'] }),
			aCandidate('none', { themes: ['climate'] })
		]);
		expect(baselineRanking(index, aNeed({ themes: ['poverty', 'housing'] }), aHistory())).toEqual([
			'two',
			'one'
		]);
	});
});

describe('evaluateRecordedDecisions', () => {
	const index = buildMatchIndex([
		aCandidate('accepted'),
		aCandidate('other', { offers: ['marketing'], text: 'Marketing.' })
	]);
	const need = aNeed();

	it('treats accepted pairs as the truth and does not let the decisions themselves exclude them', () => {
		const history = aHistory({
			dismissed: [{ ownerId: need.ownerId, candidateId: 'accepted', reason: 'other' }],
			introduced: [{ ownerId: need.ownerId, candidateId: 'accepted', count: 1 }]
		});
		const result = evaluateRecordedDecisions(
			index,
			[need],
			[
				{ needId: need.id, candidateId: 'accepted', outcome: 'accepted' },
				{ needId: need.id, candidateId: 'other', outcome: 'dismissed' }
			],
			history
		);
		expect(result.needs).toBe(1);
		expect(result.engine).toEqual({ recallAt10: 1, precisionAt5: 1 / 5 });
	});
});

describe('checkRules', () => {
	it('finds no violation on a generated network with history, and counts one when there is', () => {
		const network = generateNetwork(mulberry32(17), { people: 400, needs: 20 });
		const index = buildMatchIndex(network.candidates);
		const history = generateHistory(mulberry32(18), network);
		const clean = checkRules(index, network.needs, history);
		expect(clean).toMatchObject({
			needs: 20,
			blockedShown: 0,
			fullCapacityShown: 0,
			funderOrderBroken: 0
		});
		expect(clean.suggestionsShown).toBeGreaterThan(100);
		// A person who filled their capacity after the index was built is caught by the check.
		const shown = suggest(index, network.needs[0], history)[0].candidateId;
		const stale = {
			...index,
			candidates: index.candidates.map((c) =>
				c.id === shown ? { ...c, capacity: { perMonth: 1, openIntroductions: 1 } } : c
			)
		};
		expect(checkRules(stale, [network.needs[0]], history).fullCapacityShown).toBe(1);
	});
});
