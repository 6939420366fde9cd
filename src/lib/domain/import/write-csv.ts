/**
 * CSV that Excel on a Belgian Windows opens correctly: UTF-8 with BOM, `;` between fields,
 * CRLF, quotes where needed. A cell that a spreadsheet would run as a formula (=, @, or +/-
 * followed by a letter) is written as text with a leading apostrophe; the import strips it.
 */
const FORMULA = /^(=|@|[+-][^\d\s])/;

export function csvCell(value: string): string {
	const safe = FORMULA.test(value) ? `'${value}` : value;
	return /[;"\r\n,\t]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function writeCsv(headers: string[], rows: string[][]): string {
	return '\uFEFF' + [headers, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
