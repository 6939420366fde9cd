/**
 * Imports people (and their organisations, themes, offers, needs, newsletter consent) from
 * a CSV or XLSX file. Valid rows are written in ONE transaction, bad rows are listed by
 * spreadsheet row and column; a dry run (or a strict import with any bad row) runs the
 * same transaction and rolls it back, so its counts are exactly what an import would do.
 */
import type { Db } from '../../db/client.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { parseInput } from '../../validation.ts';
import { mapColumns } from '../../../domain/import/headers.ts';
import { readPeople, type RowProblem } from '../../../domain/import/rows.ts';
import { buildVocabulary } from '../../../domain/import/vocabulary.ts';
import { ImportOptionsSchema, type ImportOptions, type ImportProblem, type ImportSummary } from '../../../schemas/import.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { readImportFile } from './read-import-file.ts';
import { applyPeople } from './apply-people.ts';

export interface ImportPeopleInput extends ImportOptions {
	fileName: string;
	bytes: Uint8Array;
}

export interface ImportProgress {
	done: number;
	total: number;
}

/** Thrown inside the transaction to roll a dry run back after counting. */
class RollBack extends Error {}

export async function importPeople(
	db: Db,
	actor: Actor,
	input: ImportPeopleInput,
	locale: Locale = 'nl',
	onProgress?: (progress: ImportProgress) => void | Promise<void>
): Promise<ImportSummary> {
	authorize(actor, 'people.import');
	const options = parseInput(ImportOptionsSchema, { dryRun: input.dryRun, strict: input.strict, mapping: input.mapping }, locale);
	const file = await readImportFile(input.bytes, input.fileName, locale);
	const columns = mapColumns(file.sheet.headers, options.mapping);
	const terms = await db.select().from(taxonomyTerms);
	const read = readPeople(file.sheet, columns, buildVocabulary(terms.filter((t) => !t.archivedAt)));
	const termIds = new Map(terms.map((t) => [`${t.kind}:${t.key}`, t.id]));
	const termWords = new Map(terms.map((t) => [t.id, [t.labelNl, t.labelFr, t.labelEn, t.key.replace(/-/g, ' ')].join(' ')]));
	const message = (p: RowProblem): ImportProblem => ({ row: p.row, column: p.column, message: translate(locale, p.key, p.params) });
	const write = !options.dryRun && !(options.strict && read.errors.length > 0);

	let counts = { created: 0, updated: 0, unchanged: 0 };
	try {
		await db.transaction(async (tx) => {
			const result = await applyPeople(tx, read.people, {
				actor,
				termIds,
				termWords,
				fileName: input.fileName,
				onProgress: onProgress ? (done, total) => onProgress({ done, total }) : undefined
			});
			counts = { created: result.created, updated: result.updated, unchanged: result.unchanged };
			if (!write) throw new RollBack();
			await recordAudit(tx, actor, {
				action: 'people.import',
				subjectType: 'import',
				subjectId: null,
				after: { file: input.fileName, ...counts, errors: read.errors.length, createdIds: result.createdIds, updatedIds: result.updatedIds }
			});
		});
	} catch (error) {
		if (!(error instanceof RollBack)) throw error;
	}
	return {
		...counts,
		errors: read.errors.map(message),
		warnings: read.warnings.map(message),
		rows: read.rowCount,
		badRows: read.badRowCount,
		dryRun: options.dryRun,
		written: write,
		file: { format: file.format, encoding: file.encoding, delimiter: file.delimiter, headers: file.sheet.headers },
		columns: columns.map((c) => ({ header: c.header, field: c.field, source: c.source }))
	};
}
