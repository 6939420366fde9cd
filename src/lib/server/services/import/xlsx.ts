/**
 * XLSX through exceljs (docs/decisions/050-import-formats.md): the first worksheet as a
 * {@link Sheet} (cells as text, dates as dd/mm/yyyy, e-mail hyperlinks as their text),
 * and a workbook from header + rows for exports.
 */
import ExcelJS from 'exceljs';
import type { Sheet, SheetRow } from '../../../domain/import/csv.ts';

function dayOf(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The text a person sees in a cell, whatever exceljs makes of it. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return dayOf(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((part) => part.text).join('');
		if ('text' in value && typeof value.text === 'string') return value.text;
		if ('text' in value && value.text && typeof value.text === 'object') return cellText(value.text as ExcelJS.CellValue);
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('error' in value) return '';
	}
	return String(value);
}

export class UnreadableWorkbookError extends Error {}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
	} catch (error) {
		throw new UnreadableWorkbookError((error as Error).message);
	}
	const worksheet = workbook.worksheets[0];
	if (!worksheet) return { headers: [], rows: [] };
	const width = worksheet.columnCount;
	const textsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
	const headers = textsOf(worksheet.getRow(1));
	const rows: SheetRow[] = [];
	worksheet.eachRow({ includeEmpty: false }, (row, number) => {
		if (number === 1) return;
		const cells = textsOf(row);
		if (cells.some((cell) => cell !== '')) rows.push({ row: number, cells });
	});
	return { headers, rows };
}

export async function writeXlsx(sheetName: string, headers: string[], rows: string[][]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'sif';
	const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
	worksheet.addRow(headers).font = { bold: true };
	for (const row of rows) worksheet.addRow(row);
	headers.forEach((header, i) => {
		worksheet.getColumn(i + 1).width = Math.min(40, Math.max(10, header.length + 2));
	});
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
