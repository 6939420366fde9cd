/**
 * An import request over HTTP, as the API and the staff page send it: multipart form
 * data (`file`, `dryRun`, `strict`, `mapping` as JSON) or JSON with the file in base64.
 */
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { readJsonBody } from '../../api/json-body.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ImportOptionsSchema, ImportRequestSchema, MAX_IMPORT_BYTES } from '../../../schemas/import.ts';
import type { ImportPeopleInput } from './import-people.ts';

const flag = (value: FormDataEntryValue | null) => value === 'true' || value === 'on' || value === '1';

export async function readImportRequest(request: Request, locale: Locale): Promise<ImportPeopleInput> {
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('multipart/form-data')) {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			throw new AppError('bad_request', 'Malformed multipart body');
		}
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) {
			throw new AppError('validation_failed', translate(locale, 'import.fileMissing'), { fields: { file: [translate(locale, 'import.fileMissing')] } });
		}
		if (file.size > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', translate(locale, 'import.fileTooLarge'));
		let mapping: unknown = {};
		const mappingText = form.get('mapping');
		if (typeof mappingText === 'string' && mappingText.trim() !== '') {
			try {
				mapping = JSON.parse(mappingText);
			} catch {
				throw new AppError('validation_failed', 'mapping is not valid JSON', { fields: { mapping: ['mapping is not valid JSON'] } });
			}
		}
		const options = parseInput(ImportOptionsSchema, { dryRun: flag(form.get('dryRun')), strict: flag(form.get('strict')), mapping }, locale);
		return { ...options, fileName: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) };
	}
	const raw = await readJsonBody(request, Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024);
	if (raw === undefined) throw new AppError('bad_request', 'A JSON body or multipart form is required');
	const body = parseInput(ImportRequestSchema, raw, locale);
	const bytes = Buffer.from(body.contentBase64, 'base64');
	if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', translate(locale, 'import.fileTooLarge'));
	return { dryRun: body.dryRun, strict: body.strict, mapping: body.mapping, fileName: body.fileName, bytes: new Uint8Array(bytes) };
}
