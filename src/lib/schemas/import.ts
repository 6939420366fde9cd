/**
 * zod schemas of people import/export: the options a form, the API and the CLI pass, and
 * the summary every one of them returns (contract: shared/contracts/cli.md).
 */
import { z } from 'zod';
import { importFields } from '../domain/import/headers.ts';

/** 10 MB: a directory of ~50,000 rows; larger files are a sign of the wrong file. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const ImportTargetSchema = z.enum([...importFields, 'ignore']);

export const ImportOptionsSchema = z.object({
	dryRun: z.boolean().default(false),
	strict: z.boolean().default(false),
	/** File header → field (or 'ignore'), for the headers the import did not recognise. */
	mapping: z.record(z.string().max(200), ImportTargetSchema).default({})
});
export type ImportOptions = z.input<typeof ImportOptionsSchema>;

export const ImportRequestSchema = ImportOptionsSchema.extend({
	fileName: z.string().trim().min(1, 'common.fieldRequired').max(255),
	/** The file's bytes, base64. */
	contentBase64: z.string().min(1, 'common.fieldRequired').max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)
});

export const ImportProblemSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportSummarySchema = z.object({
	created: z.number().int(),
	updated: z.number().int(),
	unchanged: z.number().int(),
	errors: z.array(ImportProblemSchema),
	warnings: z.array(ImportProblemSchema),
	/** Data rows read (blank rows not counted) and rows left out for an error. */
	rows: z.number().int(),
	badRows: z.number().int(),
	dryRun: z.boolean(),
	/** False for a dry run, and for a strict import with errors. */
	written: z.boolean(),
	file: z.object({
		format: z.enum(['csv', 'xlsx']),
		encoding: z.string().nullable(),
		delimiter: z.string().nullable(),
		headers: z.array(z.string())
	}),
	columns: z.array(z.object({ header: z.string(), field: z.string().nullable(), source: z.enum(['recognised', 'mapped', 'unknown', 'ignored']) }))
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const exportFormats = ['csv', 'json', 'xlsx'] as const;
export const ExportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** One person as `sif export people --format json` and GET /api/v1/people/export give them. */
export const ExportedPersonSchema = z.object({
	email: z.string().nullable(),
	firstName: z.string(),
	lastName: z.string(),
	displayName: z.string(),
	phone: z.string().nullable(),
	municipality: z.string().nullable(),
	region: z.string().nullable(),
	language: z.string(),
	roles: z.array(z.string()),
	chancegiverRoles: z.array(z.string()),
	tags: z.array(z.string()),
	/** Taxonomy labels in the requested language. */
	themes: z.array(z.string()),
	offers: z.array(z.string()),
	needs: z.array(z.string()),
	organisations: z.array(z.object({ name: z.string(), enterpriseNumber: z.string().nullable(), legalForm: z.string().nullable(), function: z.string().nullable() })),
	newsletter: z.object({ granted: z.boolean(), date: z.string() }).nullable()
});

export const ExportQuerySchema = z.object({
	format: ExportFormatSchema.default('json'),
	/** Language of the taxonomy labels; default the caller's. */
	locale: z.enum(['nl', 'fr', 'en']).optional()
});
