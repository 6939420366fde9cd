import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatchIndex } from './match-index.ts';
import { suggest } from './suggest.ts';
import { mulberry32 } from './seeded-random.ts';
import { generateNetwork } from './synthetic-network.ts';
import { aCandidate, aHistory, aNeed } from './test-fixtures.ts';
import { EMPTY_HISTORY, resolveWeights, type MatchHistory } from './types.ts';

const ids = (list: { candidateId: string }[]) => list.map((s) => s.candidateId);
/** Three people identical but for their id: any difference in rank comes from the history. */
const twins = buildMatchIndex(['a', 'b', 'c'].map((id) => aCandidate(id)));

describe('history rules', () => {
	it('never suggests a pair the innovator declined or staff dismissed', () => {
		const history = aHistory({
			declined: [{ ownerId: 'innovator-1', candidateId: 'a' }],
			dismissed: [{ ownerId: 'innovator-1', candidateId: 'b', reason: 'wrong-theme' }]
		});
		expect(ids(suggest(twins, aNeed(), history))).toEqual(['c']);
		// The exclusion is per innovator: another innovator still gets them.
		expect(ids(suggest(twins, aNeed({ ownerId: 'innovator-2' }), history)).sort()).toEqual([
			'a',
			'b',
			'c'
		]);
	});

	it('declined and dismissed pairs never return, whatever the network and weights (property)', () => {
		const network = generateNetwork(mulberry32(7), { people: 300, needs: 20 });
		const index = buildMatchIndex(network.candidates);
		const candidateIds = network.candidates.map((c) => c.id);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: network.needs.length - 1 }),
				fc.array(fc.constantFrom(...candidateIds), { maxLength: 30 }),
				fc.array(fc.constantFrom(...candidateIds), { maxLength: 30 }),
				fc.record({
					text: fc.double({ min: 0, max: 10, noNaN: true }),
					category: fc.double({ min: 0, max: 10, noNaN: true })
				}),
				(needIndex, declined, dismissed, tuned) => {
					const need = network.needs[needIndex];
					const history: MatchHistory = aHistory({
						declined: declined.map((candidateId) => ({ ownerId: need.ownerId, candidateId })),
						dismissed: dismissed.map((candidateId) => ({
							ownerId: need.ownerId,
							candidateId,
							reason: 'other' as const
						}))
					});
					const shown = ids(
						suggest(index, need, history, resolveWeights({ ...tuned, minScore: 0 }), { limit: 20 })
					);
					for (const id of [...declined, ...dismissed]) expect(shown).not.toContain(id);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('ranks an already introduced person lower, more so the more often', () => {
		const once = aHistory({ introduced: [{ ownerId: 'innovator-1', candidateId: 'a', count: 1 }] });
		const twice = aHistory({
			introduced: [{ ownerId: 'innovator-1', candidateId: 'a', count: 2 }]
		});
		const fresh = suggest(twins, aNeed(), EMPTY_HISTORY);
		const afterOnce = suggest(twins, aNeed(), once);
		expect(ids(afterOnce).at(-1)).toBe('a');
		const scoreOf = (list: typeof fresh) => list.find((s) => s.candidateId === 'a')!.score;
		expect(scoreOf(afterOnce)).toBeLessThan(scoreOf(fresh));
		expect(scoreOf(suggest(twins, aNeed(), twice))).toBeLessThan(scoreOf(afterOnce));
	});

	it('ranks a person with good feedback on earlier meetings higher, bad feedback lower', () => {
		const rated = aHistory({
			feedback: [
				{ ownerId: 'x', candidateId: 'c', rating: 5 },
				{ ownerId: 'y', candidateId: 'c', rating: 4 },
				{ ownerId: 'x', candidateId: 'a', rating: 1 }
			]
		});
		expect(ids(suggest(twins, aNeed(), rated))).toEqual(['c', 'b', 'a']);
	});

	it('lowers people dismissed for other innovators a little', () => {
		const history = aHistory({ dismissed: [{ ownerId: 'innovator-9', candidateId: 'a' }] });
		expect(ids(suggest(twins, aNeed(), history)).at(-1)).toBe('a');
	});
});

describe('learning from dismissal reasons', () => {
	const people = buildMatchIndex(
		['a', 'b'].map((id) => aCandidate(id, { offers: ['legal', 'marketing'] }))
	);
	const dismissedFor = (reason: 'wrong-expertise' | 'wrong-theme' | 'other') =>
		aHistory({
			dismissed: [
				{
					ownerId: 'innovator-9',
					candidateId: 'a',
					reason,
					categories: ['legal'],
					themes: ['poverty']
				}
			]
		});
	const scoreOfA = (need: ReturnType<typeof aNeed>, history: MatchHistory) =>
		suggest(people, need, history).find((s) => s.candidateId === 'a')!.score;

	it('a wrong-expertise dismissal discounts that offer for everyone, and only that offer', () => {
		const legal = aNeed();
		expect(scoreOfA(legal, dismissedFor('wrong-expertise'))).toBeLessThan(
			scoreOfA(legal, dismissedFor('other'))
		);
		const marketing = aNeed({ categories: ['marketing'], text: '' });
		expect(scoreOfA(marketing, dismissedFor('wrong-expertise'))).toBe(
			scoreOfA(marketing, dismissedFor('other'))
		);
	});

	it('a wrong-theme dismissal discounts that theme', () => {
		const need = aNeed();
		expect(scoreOfA(need, dismissedFor('wrong-theme'))).toBeLessThan(
			scoreOfA(need, dismissedFor('other'))
		);
		const housing = aNeed({ themes: ['housing'] });
		expect(scoreOfA(housing, dismissedFor('wrong-theme'))).toBe(
			scoreOfA(housing, dismissedFor('other'))
		);
	});
});

describe('history monotonicity (property)', () => {
	const network = generateNetwork(mulberry32(21), { people: 250, needs: 15 });
	const index = buildMatchIndex(network.candidates);
	const everyone = resolveWeights({ minScore: 0 });
	const scores = (needIndex: number, history: MatchHistory) =>
		new Map(
			suggest(index, network.needs[needIndex], history, everyone, { limit: 1000 }).map((s) => [
				s.candidateId,
				s.score
			])
		);

	it('an introduction always lowers the pair’s score, good feedback always raises it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 14 }),
				fc.nat(),
				fc.integer({ min: 1, max: 5 }),
				(needIndex, pickSeed, count) => {
					const before = scores(needIndex, EMPTY_HISTORY);
					const shown = [...before.keys()];
					expect(shown.length).toBeGreaterThan(0);
					const id = shown[pickSeed % shown.length];
					const ownerId = network.needs[needIndex].ownerId;
					const introduced = scores(
						needIndex,
						aHistory({ introduced: [{ ownerId, candidateId: id, count }] })
					);
					expect(introduced.get(id)!).toBeLessThan(before.get(id)!);
					const praised = scores(
						needIndex,
						aHistory({ feedback: [{ ownerId: 'someone', candidateId: id, rating: 5 }] })
					);
					expect(praised.get(id)!).toBeGreaterThan(before.get(id)!);
				}
			),
			{ numRuns: 40 }
		);
	});
});
