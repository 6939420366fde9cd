import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText } from './decode.ts';
import { parseCsv } from './csv.ts';
import { mapColumns } from './headers.ts';
import { readPeople } from './rows.ts';
import { testVocabulary } from './test-vocabulary.ts';

function read(name: string, overrides: Record<string, string> = {}) {
	const { text } = decodeText(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))));
	const sheet = parseCsv(text);
	return readPeople(sheet, mapColumns(sheet.headers, overrides), testVocabulary);
}

describe('readPeople on a Dutch office list (`;`, quoted newline, dd/mm/yyyy)', () => {
	const result = read('nl-semicolon.csv');

	it('names every bad row by spreadsheet row, column header and reason', () => {
		expect(result.errors.map((e) => [e.row, e.column, e.key])).toEqual([
			[5, 'E-mail', 'import.invalidEmail'],
			[6, 'Ondernemingsnummer', 'import.enterpriseNumberCheck'],
			[7, 'Datum toestemming', 'import.invalidDate']
		]);
		expect(result.badRowCount).toBe(3);
		expect(result.rowCount).toBe(5);
	});

	it('reads the good rows with themes matched by label and values normalised', () => {
		expect(result.people.map((p) => p.email)).toEqual(['an.peeters@example.be', 'mohamed.elamrani@example.org']);
		const [an, mohamed] = result.people;
		expect(an).toMatchObject({
			rows: [2],
			firstName: 'An',
			displayName: 'An Peeters',
			region: 'brussels',
			locale: 'nl',
			roles: ['innovator'],
			themes: ['poverty'],
			needs: ['legal'],
			organisations: [{ name: 'Buurtwerk Noord vzw', enterpriseNumber: '0403170701', function: 'coördinator' }],
			newsletter: { granted: true, date: '2025-02-03' }
		});
		expect(mohamed).toMatchObject({ rows: [4], locale: 'fr', roles: ['chancegiver'], chancegiverRoles: ['mentor'], themes: ['poverty', 'housing'] });
	});

	it('a theme word the taxonomy does not know is a warning and a free tag', () => {
		expect(result.warnings).toContainEqual({ row: 2, column: "Thema's", key: 'import.unknownTerm', params: { value: 'Impact meten' } });
		expect(result.people[0].tags).toEqual(['Impact meten']);
	});
});

describe('readPeople on a French file with BOM and `,`', () => {
	const result = read('fr-bom-comma.csv');
	it('merges two rows with the same e-mail in any letter case into one person', () => {
		expect(result.people).toHaveLength(1);
		expect(result.people[0]).toMatchObject({
			email: 'camille.dubois@example.be',
			rows: [2, 3],
			firstName: 'Léa',
			roles: ['chancegiver', 'innovator'],
			chancegiverRoles: ['funder'],
			themes: ['poverty', 'housing', 'climate'],
			needs: ['funding'],
			organisations: [{ name: 'Les Jardins Partagés asbl', enterpriseNumber: '0876351052', function: 'Directrice, fondatrice' }]
		});
		expect(result.errors).toEqual([]);
	});
});

describe('readPeople on Windows-1252 with tabs and English headers', () => {
	const result = read('en-windows-1252-tab.txt');
	it('keeps ’ – Š € in names and matches English labels', () => {
		expect(result.errors).toEqual([]);
		expect(result.people[0]).toMatchObject({
			lastName: 'O’Brien',
			organisations: [{ name: 'Šarena Košarica – Social Food', function: 'Treasurer (€ budget)' }],
			locale: 'en',
			chancegiverRoles: ['expert', 'funder'],
			themes: ['poverty', 'circular-economy'],
			offers: ['funding']
		});
		expect(result.people[1].tags).toEqual(['Housing – shelter']);
	});
});

describe('mapping', () => {
	it('an unmapped e-mail column leaves every row without e-mail; mapping it fixes that', () => {
		const sheet = parseCsv('Naam;Adres elektronisch\nJan De Smet;jan@example.be\n');
		expect(readPeople(sheet, mapColumns(sheet.headers), testVocabulary).errors[0]).toMatchObject({ row: 2, key: 'import.emailRequired' });
		const mapped = readPeople(sheet, mapColumns(sheet.headers, { 'Adres elektronisch': 'email' }), testVocabulary);
		expect(mapped.errors).toEqual([]);
		expect(mapped.people[0]).toMatchObject({ email: 'jan@example.be', firstName: 'Jan', lastName: 'De Smet', displayName: 'Jan De Smet' });
	});
});
