import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBm25, clearBm25Scores, queryBm25, termScore } from './bm25.ts';

describe('BM25', () => {
	const index = buildBm25([
		['statut', 'vzw', 'contract'],
		['subsidie', 'vzw'],
		['statut', 'statut', 'statut', 'vzw', 'gdpr', 'privacy', 'data', 'contract'],
		['fiets', 'herstel']
	]);

	it('ranks documents with rarer shared terms higher and ignores unrelated ones', () => {
		const result = queryBm25(index, ['statut', 'vzw']);
		expect([...result.touched].sort()).toEqual([0, 1, 2]);
		expect(result.scores[0]).toBeGreaterThan(result.scores[1]);
		expect(result.scores[3]).toBe(0);
		expect(result.max).toBe(Math.max(...result.scores));
	});

	it('counts a repeated query term once', () => {
		const once = queryBm25(index, ['gdpr']).scores[2];
		expect(queryBm25(index, ['gdpr', 'gdpr', 'gdpr']).scores[2]).toBe(once);
	});

	it('clears a reused buffer back to zeros', () => {
		const buffer = new Float64Array(4);
		const result = queryBm25(index, ['vzw', 'fiets'], buffer);
		expect(buffer.some((v) => v > 0)).toBe(true);
		clearBm25Scores(result);
		expect([...buffer]).toEqual([0, 0, 0, 0]);
	});

	it('a document score is the sum of its term scores (property)', () => {
		const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'];
		const doc = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 });
		fc.assert(
			fc.property(
				fc.array(doc, { minLength: 1, maxLength: 8 }),
				fc.array(fc.constantFrom(...vocabulary), { maxLength: 5 }),
				(docs, query) => {
					const bm25 = buildBm25(docs);
					const { scores } = queryBm25(bm25, query);
					docs.forEach((_, i) => {
						const sum = [...new Set(query)].reduce(
							(total, term) => total + termScore(bm25, i, term),
							0
						);
						expect(scores[i]).toBeCloseTo(sum, 10);
					});
				}
			)
		);
	});
});
