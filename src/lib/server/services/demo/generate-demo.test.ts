import { describe, expect, it } from 'vitest';
import { isValidEnterpriseNumber, parseEmail } from '../../../domain/import/values.ts';
import { asciiSlug, demoCounts, generateDemo, seededRandom } from './generate-demo.ts';
import { importBenchCsv } from './import-bench-file.ts';
import { parseCsv } from '../../../domain/import/csv.ts';
import { mapColumns } from '../../../domain/import/headers.ts';
import { readPeople } from '../../../domain/import/rows.ts';
import { testVocabulary } from '../../../domain/import/test-vocabulary.ts';

const now = new Date('2026-03-01T10:00:00Z');
const themeKeys = ['poverty', 'housing', 'climate', 'healthy-food', 'solitude', 'ageing', 'care', 'mobility', 'youth', 'employment'];
const categoryKeys = ['funding', 'mentoring', 'legal', 'marketing', 'network'];

describe('generateDemo', () => {
	const large = generateDemo({ size: 'large', now, themeKeys, categoryKeys });

	it('is deterministic: the same seed and date give the same data', () => {
		expect(generateDemo({ size: 'large', now, themeKeys, categoryKeys })).toEqual(large);
		expect(generateDemo({ size: 'large', now, themeKeys, categoryKeys, seed: 7 }).people[0]).not.toEqual(large.people[0]);
	});

	it('has the issue’s proportions; small is about a tenth', () => {
		const count = (data: typeof large, role: string) => data.people.filter((p) => p.roles.includes(role)).length;
		expect(large.organisations).toHaveLength(60);
		expect(count(large, 'innovator')).toBeGreaterThanOrEqual(150);
		expect(count(large, 'innovator')).toBeLessThan(170);
		expect(count(large, 'chancegiver')).toBe(200);
		expect(count(large, 'potential')).toBe(50);
		expect(large.initiatives.length).toBeGreaterThan(100);
		const small = generateDemo({ size: 'small', now, themeKeys, categoryKeys });
		expect(small.organisations).toHaveLength(demoCounts.small.organisations);
		expect(count(small, 'chancegiver')).toBe(20);
	});

	it('organisations carry valid, unique enterprise numbers; e-mails are valid and unique', () => {
		const numbers = large.organisations.map((o) => o.enterpriseNumber);
		expect(numbers.every(isValidEnterpriseNumber)).toBe(true);
		expect(new Set(numbers).size).toBe(numbers.length);
		expect(new Set(large.organisations.map((o) => o.name)).size).toBe(60);
		const emails = large.people.map((p) => p.email);
		expect(new Set(emails).size).toBe(emails.length);
		for (const email of emails) expect(parseEmail(email)).toEqual({ ok: true, value: email });
	});

	it('mixes Dutch, French and other names, themes from the taxonomy only', () => {
		const locales = new Set(large.people.map((p) => p.locale));
		expect([...locales].sort()).toEqual(['en', 'fr', 'nl']);
		expect(large.people.some((p) => /[éëïçşı]/i.test(p.displayName))).toBe(true);
		for (const p of large.people) for (const theme of p.themes) expect(themeKeys).toContain(theme);
		for (const x of large.initiatives) expect(x.people.every((i) => large.people[i].roles.includes('innovator'))).toBe(true);
	});

	it('seededRandom and asciiSlug behave', () => {
		const a = seededRandom(1);
		const b = seededRandom(1);
		expect([a(), a(), a()]).toEqual([b(), b(), b()]);
		expect(asciiSlug("Zoë D'Hondt")).toBe('zoedhondt');
		expect(asciiSlug('Yılmaz')).toBe('yilmaz');
	});
});

describe('importBenchCsv', () => {
	it('writes N valid rows with Dutch headers that the import reads without errors', () => {
		const sheet = parseCsv(importBenchCsv(300).replace(/^\uFEFF/, ''));
		expect(sheet.rows).toHaveLength(300);
		const read = readPeople(sheet, mapColumns(sheet.headers), testVocabulary);
		expect(read.errors).toEqual([]);
		expect(read.people).toHaveLength(300);
	});
});
