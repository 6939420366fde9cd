/**
 * `sif import people FILE` and `sif export people` (contract: shared/contracts/cli.md,
 * "Import and export details"): the same services as the staff page and the JSON API.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CliUsageError, type CliCommand, type CliContext } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { isLocale, type Locale } from '../../lib/i18n/core.ts';
import { importPeople } from '../../lib/server/services/import/import-people.ts';
import { exportPeople } from '../../lib/server/services/export/export-people.ts';
import { MAX_IMPORT_BYTES, exportFormats, type ExportFormat, type ImportSummary } from '../../lib/schemas/import.ts';

function localeOf(values: CliContext['values']): Locale {
	const value = values.locale ?? 'en';
	if (typeof value !== 'string' || !isLocale(value)) throw new CliUsageError(`--locale must be nl, fr or en, got '${String(value)}'`);
	return value;
}

/** `--map "Adres elektronisch=email"` (repeatable) → { 'Adres elektronisch': 'email' }. */
export function parseMappings(values: unknown): Record<string, string> {
	const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
	const mapping: Record<string, string> = {};
	for (const item of list) {
		const text = String(item);
		const at = text.lastIndexOf('=');
		if (at <= 0 || at === text.length - 1) throw new CliUsageError(`--map takes HEADER=FIELD, got '${text}'`);
		mapping[text.slice(0, at).trim()] = text.slice(at + 1).trim();
	}
	return mapping;
}

function readFile(path: string): Uint8Array {
	let size: number;
	try {
		size = statSync(path).size;
	} catch (error) {
		throw new CliUsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
	}
	if (size > MAX_IMPORT_BYTES) throw new CliUsageError(`${path} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
	return new Uint8Array(readFileSync(path));
}

const delimiterName: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/** The summary as an operator reads it: what was detected, the counts, every problem. */
export function formatSummary(summary: ImportSummary): string {
	const lines: string[] = [];
	const { file } = summary;
	const detected = file.format === 'xlsx' ? 'xlsx' : `csv, ${file.encoding}, ${delimiterName[file.delimiter ?? ''] ?? file.delimiter}`;
	lines.push(`read ${summary.rows} rows (${detected}); ${summary.badRows} with errors`);
	const unknown = summary.columns.filter((c) => c.source === 'unknown').map((c) => `"${c.header}"`);
	if (unknown.length) lines.push(`columns not recognised (ignored; use --map HEADER=FIELD): ${unknown.join(', ')}`);
	const counts = `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}`;
	if (summary.written) lines.push(counts);
	else if (summary.dryRun) lines.push(`dry run, nothing written: would have ${counts}`);
	else lines.push(`nothing written (--strict and ${summary.errors.length} errors): would have ${counts}`);
	if (summary.errors.length) {
		lines.push(`errors (${summary.errors.length}):`);
		for (const e of summary.errors) lines.push(`  row ${e.row}, ${e.column}: ${e.message}`);
	}
	if (summary.warnings.length) {
		lines.push(`warnings (${summary.warnings.length}):`);
		for (const w of summary.warnings) lines.push(`  row ${w.row}, ${w.column}: ${w.message}`);
	}
	return lines.join('\n') + '\n';
}

export const importPeopleCommand: CliCommand = {
	path: ['import', 'people'],
	usage: 'import people FILE [--dry-run] [--strict] [--json] [--map HEADER=FIELD ...] [--locale nl|fr|en]',
	summary: 'Imports people and organisations from CSV/XLSX (upsert by e-mail); lists every bad row',
	positionals: ['FILE'],
	options: {
		'dry-run': { type: 'boolean' },
		strict: { type: 'boolean' },
		json: { type: 'boolean' },
		map: { type: 'string', multiple: true },
		locale: { type: 'string' }
	},
	async run({ values, positionals, stdout, stderr }) {
		const path = positionals[0];
		if (!path) throw new CliUsageError('FILE is required: sif import people FILE');
		const locale = localeOf(values);
		const mapping = parseMappings(values.map);
		const bytes = readFile(path);
		const showProgress = !values.json && (stderr as NodeJS.WriteStream).isTTY === true;
		const summary = await withDatabase(async ({ db }) => {
			try {
				return await importPeople(
					db,
					systemActor('cli'),
					{ fileName: basename(path), bytes, dryRun: values['dry-run'] === true, strict: values.strict === true, mapping: mapping as never },
					locale,
					showProgress ? ({ done, total }) => void stderr.write(`\r${done}/${total} people`) : undefined
				);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (showProgress) stderr.write('\n');
		if (values.json) stdout.write(JSON.stringify(summary) + '\n');
		else stdout.write(formatSummary(summary));
		// Contract: valid rows imported and bad rows listed → 0; --strict with a bad row → 2.
		return values.strict && summary.errors.length > 0 ? 2 : 0;
	}
};

export const exportPeopleCommand: CliCommand = {
	path: ['export', 'people'],
	usage: 'export people [--format csv|json|xlsx] [--locale nl|fr|en]',
	summary: 'Writes every person with organisation, roles, themes and e-mail to stdout (CSV: BOM and ; for Excel)',
	options: { format: { type: 'string' }, locale: { type: 'string' } },
	async run({ values, stdout }) {
		const format = (values.format ?? 'csv') as string;
		if (!(exportFormats as readonly string[]).includes(format)) {
			throw new CliUsageError(`--format must be one of ${exportFormats.join(', ')}, got '${format}'`);
		}
		const locale = localeOf(values);
		const file = await withDatabase(async ({ db }) => {
			try {
				return await exportPeople(db, systemActor('cli'), format as ExportFormat, locale);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		// `sif export people | head`: a reader that stops early is not an error.
		stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') throw error;
		});
		await new Promise<void>((resolve, reject) =>
			stdout.write(file.body, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(error) : resolve()))
		);
	}
};
