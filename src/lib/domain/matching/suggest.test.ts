import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatchIndex } from './match-index.ts';
import { previewWeightChange, suggest } from './suggest.ts';
import { mulberry32 } from './seeded-random.ts';
import { generateNetwork } from './synthetic-network.ts';
import { aCandidate, aNeed } from './test-fixtures.ts';
import { DEFAULT_MATCH_WEIGHTS, EMPTY_HISTORY, resolveWeights } from './types.ts';

const ids = (list: { candidateId: string }[]) => list.map((s) => s.candidateId);

describe('capacity', () => {
	const index = buildMatchIndex([
		aCandidate('full', { capacity: { perMonth: 2, openIntroductions: 2 } }),
		aCandidate('none', { capacity: { perMonth: 0, openIntroductions: 0 } }),
		aCandidate('busy', { capacity: { perMonth: 4, openIntroductions: 3 } }),
		aCandidate('free', { capacity: { perMonth: 4, openIntroductions: 0 } }),
		aCandidate('unlimited', { capacity: { openIntroductions: 5 } })
	]);

	it('excludes a person whose open introductions reach their monthly capacity, ranks a busy one lower', () => {
		const shown = ids(suggest(index, aNeed(), EMPTY_HISTORY));
		expect(shown).not.toContain('full');
		expect(shown).not.toContain('none');
		expect(shown.indexOf('busy')).toBeGreaterThan(shown.indexOf('free'));
		expect(shown.indexOf('busy')).toBeGreaterThan(shown.indexOf('unlimited'));
	});

	it('ignores capacity when asked to (Acceleration Day)', () => {
		expect(
			ids(suggest(index, aNeed(), EMPTY_HISTORY, DEFAULT_MATCH_WEIGHTS, { respectCapacity: false }))
		).toContain('full');
	});
});

describe('relevance', () => {
	it('never suggests the innovator themself, nor someone sharing nothing with the need', () => {
		const index = buildMatchIndex([
			aCandidate('innovator-1'),
			aCandidate('stranger', {
				offers: ['technology'],
				themes: ['mobility'],
				text: 'Software voor deelauto’s.'
			}),
			aCandidate('lawyer')
		]);
		expect(ids(suggest(index, aNeed(), EMPTY_HISTORY))).toEqual(['lawyer']);
	});

	it('puts funders first for a funding need at pilot or scaling stage (property over generated networks)', () => {
		let mixedLists = 0;
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.constantFrom('pilot' as const, 'scaling' as const),
				(seed, stage) => {
					const network = generateNetwork(mulberry32(seed), { people: 150, needs: 6 });
					const index = buildMatchIndex(network.candidates);
					const funder = new Set(
						network.candidates.filter((c) => c.roles.includes('funder')).map((c) => c.id)
					);
					for (const need of network.needs) {
						const fundingNeed = { ...need, categories: ['funding', ...need.categories], stage };
						const list = ids(
							suggest(index, fundingNeed, EMPTY_HISTORY, DEFAULT_MATCH_WEIGHTS, { limit: 60 })
						);
						const firstNonFunder = list.findIndex((id) => !funder.has(id));
						const lastFunder = list.findLastIndex((id) => funder.has(id));
						if (firstNonFunder >= 0 && lastFunder >= 0) mixedLists++;
						expect(firstNonFunder === -1 || lastFunder < firstNonFunder).toBe(true);
					}
				}
			),
			{ numRuns: 25 }
		);
		expect(mixedLists).toBeGreaterThan(0);
	});

	it('prefers a mentor for an idea and a funder for scaling when all else is equal', () => {
		const index = buildMatchIndex([
			aCandidate('mentor', { roles: ['mentor'], offers: ['business-model'] }),
			aCandidate('funder', { roles: ['funder'], offers: ['business-model'] })
		]);
		const need = aNeed({ categories: ['business-model'] });
		expect(ids(suggest(index, { ...need, stage: 'idea' }, EMPTY_HISTORY))[0]).toBe('mentor');
		expect(ids(suggest(index, { ...need, stage: 'scaling' }, EMPTY_HISTORY))[0]).toBe('funder');
	});

	it('uses the text: the person who wrote about the need’s subject ranks first', () => {
		const index = buildMatchIndex([
			aCandidate('generic', { text: 'Advocaat voor bedrijven en particulieren.' }),
			aCandidate('specific', { text: 'Advocaat, statuten van vzw’s, sociale kruideniers.' })
		]);
		expect(ids(suggest(index, aNeed(), EMPTY_HISTORY))[0]).toBe('specific');
	});
});

describe('Dutch compounds', () => {
	it('finds "armoede bij kinderen" for a need about "kinderarmoede" and says so', () => {
		const index = buildMatchIndex([
			aCandidate('kids', {
				offers: ['marketing'],
				themes: [],
				text: 'Ik werk rond armoede bij kinderen.'
			}),
			aCandidate('other', { offers: ['marketing'], themes: [], text: 'Ik werk rond mobiliteit.' })
		]);
		const need = aNeed({
			categories: ['marketing'],
			themes: [],
			text: 'Campagne tegen kinderarmoede.'
		});
		const [first] = suggest(index, need, EMPTY_HISTORY);
		expect(first.candidateId).toBe('kids');
		expect(first.reasons).toContainEqual({ code: 'text', params: { terms: ['kinderarmoede'] } });
	});

	it('finds a profile saying "kinderarmoede" for a need about "armoede bij kinderen"', () => {
		const index = buildMatchIndex([
			aCandidate('other', { offers: ['marketing'], themes: [], text: 'Campagnes voor kinderen.' }),
			aCandidate('kids', {
				offers: ['marketing'],
				themes: [],
				text: 'Campagnes tegen kinderarmoede.'
			}),
			aCandidate('poor', { offers: ['marketing'], themes: [], text: 'Armoede is mijn thema.' })
		]);
		const need = aNeed({
			categories: ['marketing'],
			themes: [],
			text: 'Armoede bij kinderen aanpakken.'
		});
		expect(suggest(index, need, EMPTY_HISTORY)[0].candidateId).toBe('kids');
	});
});

describe('previewWeightChange', () => {
	it('reports who enters, leaves and moves when the weights change', () => {
		const network = generateNetwork(mulberry32(3), { people: 400, needs: 5 });
		const index = buildMatchIndex(network.candidates);
		const proposed = resolveWeights({ text: 0, category: 10 });
		const preview = previewWeightChange(
			index,
			network.needs,
			EMPTY_HISTORY,
			DEFAULT_MATCH_WEIGHTS,
			proposed
		);
		expect(preview).toHaveLength(5);
		for (const p of preview) {
			expect(p.entered).toEqual(p.after.filter((id) => !p.before.includes(id)));
			expect(p.left).toEqual(p.before.filter((id) => !p.after.includes(id)));
			for (const m of p.moved) expect(p.before[m.from - 1]).toBe(m.candidateId);
		}
		expect(preview.some((p) => p.entered.length > 0 || p.moved.length > 0)).toBe(true);
	});
});
