/**
 * CSV as spreadsheets write it (RFC 4180 plus the real world): `;`, `,` or tab, quoted
 * fields with doubled quotes and newlines, CRLF or LF. Every record keeps its spreadsheet
 * row number: the header is row 1 and blank lines count, as they do in Excel.
 */
export type Delimiter = ';' | ',' | '\t';

export interface SheetRow {
	/** Spreadsheet row number (1-based, header = 1). */
	row: number;
	cells: string[];
}

export interface Sheet {
	headers: string[];
	rows: SheetRow[];
}

const CANDIDATES: Delimiter[] = [';', '\t', ','];

/** The candidate that occurs most often outside quotes on the header line (ties: `;` first). */
export function detectDelimiter(text: string): Delimiter {
	const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
	}
	let best: Delimiter = ';';
	for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

/** All records, blank ones included (as a single empty cell), in file order. */
export function parseCsvRecords(text: string, delimiter: Delimiter): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const endRecord = () => {
		record.push(field);
		records.push(record);
		record = [];
		field = '';
	};
	while (i < text.length) {
		const char = text[i];
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += char;
			i++;
			continue;
		}
		if (char === '"' && field.trim() === '') {
			quoted = true;
			field = '';
		} else if (char === delimiter) {
			record.push(field);
			field = '';
		} else if (char === '\r' || char === '\n') {
			endRecord();
			if (char === '\r' && text[i + 1] === '\n') i++;
		} else field += char;
		i++;
	}
	if (field !== '' || record.length > 0) endRecord();
	return records;
}

/** Header from record 1; data rows keep their number; blank rows are dropped after numbering. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): Sheet {
	const records = parseCsvRecords(text, delimiter);
	const headers = (records[0] ?? []).map((h) => h.trim());
	const rows: SheetRow[] = [];
	records.slice(1).forEach((cells, index) => {
		if (cells.every((cell) => cell.trim() === '')) return;
		rows.push({ row: index + 2, cells });
	});
	return { headers, rows };
}
