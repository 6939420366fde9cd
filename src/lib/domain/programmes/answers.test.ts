import { describe, expect, it } from 'vitest';
import { checkAnswers, type Question } from './answers.ts';

const questions: Question[] = [
	{ key: 'pitch', kind: 'long_text', required: true },
	{ key: 'stage', kind: 'choice', options: ['idea', 'growth'], required: true },
	{ key: 'budget', kind: 'budget' },
	{ key: 'deck', kind: 'file', required: true }
];

describe('checkAnswers', () => {
	it('lets a draft be incomplete but keeps only what fits', () => {
		const r = checkAnswers(questions, { pitch: ' Sport ', budget: '1200,5', unknown: 'x' }, 'draft');
		expect(r.problems).toEqual({});
		expect(r.answers).toEqual({ pitch: 'Sport', budget: 1200.5 });
	});
	it('refuses a submission that misses required answers, a bad choice or a negative budget', () => {
		const r = checkAnswers(questions, { pitch: '', stage: 'other', budget: -3 }, 'submit');
		expect(r.problems).toEqual({ pitch: 'required', stage: 'choice', budget: 'budget', deck: 'required' });
	});
	it('accepts a complete submission', () => {
		const r = checkAnswers(questions, { pitch: 'We do', stage: 'growth', budget: 5000, deck: 'deck.pdf' }, 'submit');
		expect(r.problems).toEqual({});
		expect(r.answers.stage).toBe('growth');
	});
	it('refuses text longer than the limit', () => {
		const r = checkAnswers([{ key: 'name', kind: 'text' }], { name: 'x'.repeat(501) }, 'draft');
		expect(r.problems).toEqual({ name: 'tooLong' });
	});
});
