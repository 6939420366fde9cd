import { describe, expect, it } from 'vitest';
import { criteriaText, parseCriteria, parseQuestions, questionsText } from './call-form.ts';

describe('call builder text', () => {
	it('reads questions with options and required, and reports bad lines', () => {
		const r = parseQuestions('pitch | long_text | Your pitch | | required\n\nstage | choice | Stage | idea; growth\nbroken | text');
		expect(r.questions).toEqual([
			{ key: 'pitch', kind: 'long_text', label: 'Your pitch', required: true },
			{ key: 'stage', kind: 'choice', label: 'Stage', options: ['idea', 'growth'], required: false }
		]);
		expect(r.badLines).toEqual([4]);
		expect(parseQuestions(questionsText(r.questions)).questions).toEqual(r.questions);
	});
	it('reads criteria with decimal commas and round-trips', () => {
		const r = parseCriteria('impact | Impact | 2,5 | 5\nteam | Team | x | 10');
		expect(r.criteria).toEqual([{ key: 'impact', label: 'Impact', weight: 2.5, max: 5 }]);
		expect(r.badLines).toEqual([2]);
		expect(parseCriteria(criteriaText(r.criteria)).criteria).toEqual(r.criteria);
	});
});
