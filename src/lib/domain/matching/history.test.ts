import { describe, expect, it } from 'vitest';
import { feedbackSignal, prepareHistory, reportDismissals } from './history.ts';
import { aHistory } from './test-fixtures.ts';
import { DEFAULT_MATCH_WEIGHTS, resolveWeights } from './types.ts';
import { SuggestionDecisionSchema } from '../../schemas/matching.ts';

describe('prepareHistory', () => {
	it('blocks declined and dismissed pairs per innovator and adds up introductions', () => {
		const history = aHistory({
			declined: [{ ownerId: 'i1', candidateId: 'a' }],
			dismissed: [{ ownerId: 'i1', candidateId: 'b', reason: 'language' }],
			introduced: [
				{ ownerId: 'i1', candidateId: 'c', count: 1 },
				{ ownerId: 'i1', candidateId: 'c', count: 2 }
			],
			feedback: [
				{ ownerId: 'i1', candidateId: 'c', rating: 5 },
				{ ownerId: 'i2', candidateId: 'c', rating: 9 }
			]
		});
		const prepared = prepareHistory(history);
		expect([...prepared.blocked.get('i1')!].sort()).toEqual(['a', 'b']);
		expect(prepared.blocked.get('i2')).toBeUndefined();
		expect(prepared.introduced.get('i1')!.get('c')).toBe(3);
		// An out-of-range rating is ignored rather than trusted.
		expect(prepared.feedback.get('c')).toEqual({ count: 1, sum: 5, good: 1 });
		expect(prepareHistory(history)).toBe(prepared);
	});
});

describe('feedbackSignal', () => {
	it('is 0 without ratings, positive for good ones, negative for bad ones, damped for few', () => {
		expect(feedbackSignal(undefined)).toBe(0);
		expect(feedbackSignal({ count: 1, sum: 5, good: 1 })).toBeCloseTo(1 / 3);
		expect(feedbackSignal({ count: 10, sum: 50, good: 10 })).toBeCloseTo(10 / 12);
		expect(feedbackSignal({ count: 2, sum: 2, good: 0 })).toBeCloseTo(-0.5);
	});
});

describe('reportDismissals', () => {
	it('counts reasons and the most dismissed people for the staff report', () => {
		const report = reportDismissals(
			aHistory({
				dismissed: [
					{ ownerId: 'i1', candidateId: 'a', reason: 'language' },
					{ ownerId: 'i2', candidateId: 'a', reason: 'language' },
					{ ownerId: 'i3', candidateId: 'b', reason: 'no-capacity' },
					{ ownerId: 'i3', candidateId: 'c' }
				]
			})
		);
		expect(report).toEqual({
			total: 4,
			byReason: [
				{ reason: 'language', count: 2 },
				{ reason: 'no-capacity', count: 1 },
				{ reason: 'other', count: 1 }
			],
			mostDismissed: [
				{ candidateId: 'a', count: 2 },
				{ candidateId: 'b', count: 1 },
				{ candidateId: 'c', count: 1 }
			]
		});
	});
});

describe('weights', () => {
	it('fills defaults for what staff did not change and refuses nonsense', () => {
		expect(resolveWeights({ text: 5 })).toEqual({ ...DEFAULT_MATCH_WEIGHTS, text: 5 });
		expect(resolveWeights(undefined)).toEqual(DEFAULT_MATCH_WEIGHTS);
		expect(() => resolveWeights({ theme: -1 })).toThrow();
		expect(() => resolveWeights({ maxPerOrganisation: 1.5 })).toThrow();
	});
});

describe('SuggestionDecisionSchema', () => {
	it('requires a reason for a dismissal and a note for the reason other', () => {
		const base = { needId: 'n1', candidateId: 'c1' };
		expect(SuggestionDecisionSchema.safeParse({ ...base, decision: 'accept' }).success).toBe(true);
		expect(SuggestionDecisionSchema.safeParse({ ...base, decision: 'dismiss' }).success).toBe(
			false
		);
		expect(
			SuggestionDecisionSchema.safeParse({ ...base, decision: 'dismiss', reason: 'language' })
				.success
		).toBe(true);
		expect(
			SuggestionDecisionSchema.safeParse({ ...base, decision: 'dismiss', reason: 'other' }).success
		).toBe(false);
		expect(
			SuggestionDecisionSchema.safeParse({
				...base,
				decision: 'dismiss',
				reason: 'other',
				note: 'moved abroad'
			}).success
		).toBe(true);
	});
});
