/** Turns an uploaded file (CSV, TSV/TXT or XLSX) into a sheet, telling what it detected. */
import { decodeText, type TextEncoding } from '../../../domain/import/decode.ts';
import { detectDelimiter, parseCsv, type Delimiter, type Sheet } from '../../../domain/import/csv.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { readXlsx, UnreadableWorkbookError } from './xlsx.ts';

export interface ImportFile {
	format: 'csv' | 'xlsx';
	encoding: TextEncoding | null;
	delimiter: Delimiter | null;
	sheet: Sheet;
}

/** XLSX is a zip: it starts with "PK\x03\x04", whatever the file is called. */
function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readImportFile(bytes: Uint8Array, fileName: string, locale: Locale): Promise<ImportFile> {
	if (bytes.length === 0) throw new AppError('unprocessable', translate(locale, 'import.fileEmpty'));
	if (isZip(bytes)) {
		try {
			return { format: 'xlsx', encoding: null, delimiter: null, sheet: await readXlsx(bytes) };
		} catch (error) {
			if (error instanceof UnreadableWorkbookError) {
				throw new AppError('unprocessable', translate(locale, 'import.fileUnreadable', { file: fileName }));
			}
			throw error;
		}
	}
	if (/\.xls$/i.test(fileName) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
		throw new AppError('unprocessable', translate(locale, 'import.oldExcel'));
	}
	const { encoding, text } = decodeText(bytes);
	const delimiter = detectDelimiter(text);
	return { format: 'csv', encoding, delimiter, sheet: parseCsv(text, delimiter) };
}
