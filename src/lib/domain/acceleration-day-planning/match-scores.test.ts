import { describe, expect, it } from 'vitest';
import { matchScores, type ScoredParticipant } from './match-scores.ts';

const p = (id: string, side: ScoredParticipant['side'], categories: string[], extra: Partial<ScoredParticipant> = {}): ScoredParticipant => ({
	id,
	name: id,
	side,
	question: '',
	categories,
	themes: ['food'],
	role: side === 'chancegiver' ? 'expert' : null,
	locale: 'nl',
	...extra
});

describe('matchScores', () => {
	it('lists every pair once, ranks the chancegiver who offers what the case needs above the others', () => {
		const innovators = [p('i1', 'innovator', ['legal'], { question: 'Which legal form fits a cooperative?' }), p('i2', 'innovator', ['funding'])];
		const chancegivers = [p('c1', 'chancegiver', ['legal']), p('c2', 'chancegiver', ['funding'], { role: 'funder' }), p('c3', 'chancegiver', ['marketing'], { themes: [] })];
		const scores = matchScores(innovators, chancegivers);
		expect(scores).toHaveLength(6);
		expect(new Set(scores.map(([i, c]) => `${i}|${c}`)).size).toBe(6);
		const score = (i: string, c: string) => scores.find((s) => s[0] === i && s[1] === c)![2];
		expect(score('i1', 'c1')).toBeGreaterThan(score('i1', 'c2'));
		expect(score('i2', 'c2')).toBeGreaterThan(score('i2', 'c1'));
		expect(score('i2', 'c2')).toBeGreaterThan(score('i2', 'c3'));
		expect(scores.every(([, , s]) => Number.isInteger(s) && s >= 1 && s <= 100)).toBe(true);
	});
	it('gives nothing without one of the sides', () => {
		expect(matchScores([], [p('c1', 'chancegiver', [])])).toEqual([]);
	});
});
