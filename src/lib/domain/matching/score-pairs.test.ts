import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scorePairs, timetableRole } from './score-pairs.ts';
import { mulberry32 } from './seeded-random.ts';
import { generateNetwork } from './synthetic-network.ts';
import { aCandidate, aHistory, aNeed } from './test-fixtures.ts';
import { EMPTY_HISTORY } from './types.ts';

describe('scorePairs', () => {
	const network = generateNetwork(mulberry32(11), { people: 120, needs: 40, plantedShare: 0.3 });

	it('gives integer scores in [threshold, 100], each pair once, only known ids', () => {
		const pairs = scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, {
			threshold: 25
		});
		expect(pairs.length).toBeGreaterThan(0);
		const innovators = new Set(network.needs.map((n) => n.ownerId));
		const chancegivers = new Set(network.candidates.map((c) => c.id));
		const seen = new Set<string>();
		for (const [innovator, chancegiver, score] of pairs) {
			expect(innovators.has(innovator) && chancegivers.has(chancegiver)).toBe(true);
			expect(Number.isInteger(score) && score >= 25 && score <= 100).toBe(true);
			expect(seen.has(`${innovator}|${chancegiver}`)).toBe(false);
			seen.add(`${innovator}|${chancegiver}`);
		}
	});

	it('is deterministic and a lower threshold only adds pairs', () => {
		const strict = scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, {
			threshold: 40
		});
		const loose = scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, {
			threshold: 20
		});
		expect(
			scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, { threshold: 40 })
		).toEqual(strict);
		expect(loose.filter((p) => p[2] >= 40)).toEqual(strict);
		expect(loose.length).toBeGreaterThan(strict.length);
	});

	it('leaves out declined pairs, ignores monthly capacity, takes the best need of an innovator', () => {
		const people = [
			aCandidate('lawyer', { capacity: { perMonth: 1, openIntroductions: 1 } }),
			aCandidate('funder', {
				roles: ['funder'],
				offers: ['funding'],
				themes: ['climate'],
				text: 'Impactfonds.'
			})
		];
		const needs = [
			aNeed({ id: 'n1' }),
			aNeed({
				id: 'n2',
				categories: ['funding'],
				themes: ['climate'],
				text: 'Impactfonds gezocht.',
				stage: 'scaling'
			})
		];
		const pairs = scorePairs(needs, people, EMPTY_HISTORY, undefined, { threshold: 1 });
		expect(pairs.map(([i, c]) => `${i}:${c}`)).toEqual([
			'innovator-1:lawyer',
			'innovator-1:funder'
		]);
		const declined = aHistory({ declined: [{ ownerId: 'innovator-1', candidateId: 'lawyer' }] });
		expect(
			scorePairs(needs, people, declined, undefined, { threshold: 1 }).map(([, c]) => c)
		).toEqual(['funder']);
	});
});

describe('scorePairs with maxPerInnovator', () => {
	it('keeps each innovator’s best pairs only, in input order', () => {
		const network = generateNetwork(mulberry32(12), { people: 100, needs: 10, plantedShare: 0.3 });
		const all = scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, {
			threshold: 10
		});
		const capped = scorePairs(network.needs, network.candidates, EMPTY_HISTORY, undefined, {
			threshold: 10,
			maxPerInnovator: 5
		});
		for (const need of network.needs) {
			const mine = all.filter(([i]) => i === need.ownerId);
			const kept = capped.filter(([i]) => i === need.ownerId);
			expect(kept).toHaveLength(Math.min(5, mine.length));
			const lowestKept = Math.min(...kept.map((p) => p[2]));
			const dropped = mine.filter((p) => !kept.some((k) => k[1] === p[1]));
			for (const p of dropped) expect(p[2]).toBeLessThanOrEqual(lowestKept);
			expect(kept).toEqual(mine.filter((p) => kept.some((k) => k[1] === p[1])));
		}
	});
});

describe('scorePairs and history (property)', () => {
	it('never lists a declined or dismissed pair', () => {
		const network = generateNetwork(mulberry32(13), { people: 80, needs: 12, plantedShare: 0.3 });
		const owners = network.needs.map((n) => n.ownerId);
		const people = network.candidates.map((c) => c.id);
		const pair = fc.record({
			ownerId: fc.constantFrom(...owners),
			candidateId: fc.constantFrom(...people)
		});
		fc.assert(
			fc.property(
				fc.array(pair, { maxLength: 40 }),
				fc.array(pair, { maxLength: 40 }),
				(declined, dismissed) => {
					const history = aHistory({ declined, dismissed });
					const listed = new Set(
						scorePairs(network.needs, network.candidates, history, undefined, { threshold: 1 }).map(
							([i, c]) => `${i}|${c}`
						)
					);
					for (const p of [...declined, ...dismissed])
						expect(listed.has(`${p.ownerId}|${p.candidateId}`)).toBe(false);
				}
			),
			{ numRuns: 30 }
		);
	});
});

describe('timetableRole', () => {
	it('maps roles onto the four the timetable knows, funder first', () => {
		expect(timetableRole(aCandidate('x', { roles: ['mentor', 'funder'] }))).toBe('funder');
		expect(timetableRole(aCandidate('x', { roles: ['peer', 'networker'] }))).toBe('networker');
		expect(timetableRole(aCandidate('x', { roles: ['peer'] }))).toBe('expert');
		expect(timetableRole(aCandidate('x', { roles: [] }))).toBe('expert');
	});
});
