import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextFreeSlug, slugify, slugProblem, SLUG_MAX } from './slug.ts';

describe('slugify', () => {
	it('folds accents and turns the rest into single hyphens', () => {
		expect(slugify('System Shakers 2026')).toBe('system-shakers-2026');
		expect(slugify("Café élan — soirée d'idées!")).toBe('cafe-elan-soiree-d-idees');
		expect(slugify('!!!')).toBe('event');
	});

	it('always gives an acceptable slug', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (title) => {
				const slug = slugify(title);
				expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
				expect(slugProblem(slug)).toBeNull();
			})
		);
	});
});

describe('slugProblem', () => {
	it('accepts lowercase letters, digits and inner hyphens only', () => {
		expect(slugProblem('vision-session-3')).toBeNull();
		expect(slugProblem('Vision')).toBe('format');
		expect(slugProblem('vision session')).toBe('format');
		expect(slugProblem('-vision')).toBe('format');
		expect(slugProblem('vision--session')).toBe('format');
		expect(slugProblem('visión')).toBe('format');
		expect(slugProblem('a'.repeat(61))).toBe('tooLong');
		expect(slugProblem('1b4e28ba-2fa1-41d2-883f-0016d3cca427')).toBe('uuid');
	});
});

describe('nextFreeSlug', () => {
	it('numbers after the highest taken suffix', () => {
		expect(nextFreeSlug('info', [])).toBe('info');
		expect(nextFreeSlug('info', ['info'])).toBe('info-2');
		expect(nextFreeSlug('info', ['info', 'info-2', 'info-7', 'info-session'])).toBe('info-8');
	});

	it('stays within the maximum length', () => {
		const base = 'a'.repeat(SLUG_MAX);
		const next = nextFreeSlug(base, [base]);
		expect(next.length).toBeLessThanOrEqual(SLUG_MAX);
		expect(next.endsWith('-2')).toBe(true);
	});
});
