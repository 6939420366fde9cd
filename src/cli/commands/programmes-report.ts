/**
 * `sif programmes report <programme-id> [--csv | --json] [--locale nl|fr|en]`: the programme
 * report (docs/decisions/075-programme-reports.md) — per call applications, decisions and
 * acceptance rate, who was reached, cohort attendance — as text, CSV (BOM and ;) or JSON.
 */
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { programmeReport, programmeReportCsv } from '../../lib/server/services/programmes/programme-report.ts';
import { isLocale } from '../../lib/i18n/core.ts';

export const programmesReport: CliCommand = {
	path: ['programmes', 'report'],
	usage: 'programmes report <programme-id> [--csv | --json] [--locale nl|fr|en]',
	summary: "Prints a programme's report: per call applications and acceptance rate, who was reached, cohort attendance",
	positionals: ['programme-id'],
	options: { csv: { type: 'boolean' }, json: { type: 'boolean' }, locale: { type: 'string' } },
	async run({ values, positionals, stdout }) {
		const id = positionals[0];
		if (!id) throw new CliUsageError('give the programme id (GET /api/v1/programmes lists them)');
		if (values.csv && values.json) throw new CliUsageError('choose --csv or --json, not both');
		const locale = String(values.locale ?? 'nl');
		if (!isLocale(locale)) throw new CliUsageError(`--locale must be nl, fr or en, got '${locale}'`);
		const report = await withDatabase(async ({ db }) => {
			try {
				return await programmeReport(db, systemActor('cli'), id, locale);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify(report, null, 2) + '\n');
			return 0;
		}
		const csv = programmeReportCsv(report, locale);
		if (values.csv) {
			stdout.write(csv);
			return 0;
		}
		// Text: the CSV's rows, tab-separated, without the BOM.
		for (const line of csv.replace('\uFEFF', '').trimEnd().split('\r\n')) stdout.write(line.split(';').join('\t') + '\n');
		return 0;
	}
};
