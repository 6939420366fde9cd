/** People import and directory export in the JSON API (issue F2; CLI twins in contracts/cli.md). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { ExportedPersonSchema, ExportQuerySchema, ImportRequestSchema, ImportSummarySchema } from '../../../schemas/import.ts';

export const importPeopleOp = defineOperation({
	id: 'importPeople',
	method: 'POST',
	path: '/api/v1/imports/people',
	summary: 'Import people and organisations from a CSV or XLSX file (upsert by e-mail)',
	description:
		'Send JSON `{fileName, contentBase64, dryRun?, strict?, mapping?}` or `multipart/form-data` with a `file` part and optional `dryRun`, `strict` ("true"/"false") and `mapping` (JSON object header → field or "ignore"). ' +
		'CSV in UTF-8 (with or without BOM) or Windows-1252, `;`, `,` or tab; headers in Dutch, French or English. Valid rows are written in one transaction; every bad row is listed in `errors` by spreadsheet row (header = 1) and column. ' +
		'`dryRun` writes nothing and reports what would happen; `strict` writes nothing when any row is bad (`written: false`). A file the server cannot read answers 422.',
	tag: 'people',
	auth: 'people.import',
	body: ImportRequestSchema,
	response: ImportSummarySchema,
	errors: ['validation_failed', 'unprocessable', 'payload_too_large', 'invalid_json', 'bad_request']
});

export const exportPeopleOp = defineOperation({
	id: 'exportPeople',
	method: 'GET',
	path: '/api/v1/people/export',
	summary: 'Every person with organisations, roles, themes and e-mail (JSON, CSV or XLSX)',
	description:
		'`format=json` (default) answers the list below. `format=csv` answers a file for Excel (UTF-8 with BOM, `;`), `format=xlsx` a workbook; both use headers the import recognises, so an export imports back onto the same records with nothing changed.',
	tag: 'people',
	auth: 'directory.export',
	query: ExportQuerySchema,
	response: z.array(ExportedPersonSchema),
	errors: ['validation_failed']
});
