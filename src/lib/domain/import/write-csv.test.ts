import { describe, expect, it } from 'vitest';
import { csvCell, writeCsv } from './write-csv.ts';
import { parseCsv } from './csv.ts';

describe('writeCsv', () => {
	it('starts with a BOM, uses ; and CRLF, and reads back to the same cells', () => {
		const rows = [['Jan', 'a;b', 'say "hi"', 'two\nlines', '']];
		const text = writeCsv(['A', 'B', 'C', 'D', 'E'], rows);
		expect(text.startsWith('\uFEFFA;B;C;D;E\r\n')).toBe(true);
		const sheet = parseCsv(text.slice(1));
		expect(sheet.rows[0].cells).toEqual(rows[0]);
	});

	it('writes formulas as text but leaves phone numbers alone', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('+32 2 123 45 67')).toBe('+32 2 123 45 67');
		expect(csvCell('@SUM')).toBe("'@SUM");
	});
});
