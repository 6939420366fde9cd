import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, parseCsvRecords } from './csv.ts';

describe('detectDelimiter', () => {
	it.each([
		['a;b;c\n1;2;3', ';'],
		['a,b,c\n1,2,3', ','],
		['a\tb\tc\n1\t2\t3', '\t'],
		['"last, first";email\n', ';'],
		['"a;b",c,d\n', ',']
	])('%j → %j', (text, expected) => {
		expect(detectDelimiter(text)).toBe(expected);
	});
});

describe('parseCsv', () => {
	it('keeps quoted delimiters, doubled quotes and newlines inside one field', () => {
		const records = parseCsvRecords('a;b\r\n"x;y";"say ""hi""\r\nthere"\r\n', ';');
		expect(records).toEqual([['a', 'b'], ['x;y', 'say "hi"\r\nthere']]);
	});

	it('numbers rows as a spreadsheet does: header 1, blank lines count, a quoted newline does not', () => {
		const sheet = parseCsv('h1,h2\n1,"two\nlines"\n\n3,x\n', ',');
		expect(sheet.headers).toEqual(['h1', 'h2']);
		expect(sheet.rows).toEqual([
			{ row: 2, cells: ['1', 'two\nlines'] },
			{ row: 4, cells: ['3', 'x'] }
		]);
	});

	it('reads a last line without newline and trims headers', () => {
		expect(parseCsv(' Email ;Name\na@b.be;A', ';')).toEqual({ headers: ['Email', 'Name'], rows: [{ row: 2, cells: ['a@b.be', 'A'] }] });
	});
});
