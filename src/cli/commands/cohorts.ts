/**
 * `sif cohorts list`: the cohorts with member and session counts (tab-separated, or JSON).
 * `sif cohorts attendance <cohort-id>`: the attendance matrix as CSV on stdout (decision 079).
 */
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { listCohorts } from '../../lib/server/services/cohorts/read-cohorts.ts';
import { cohortAttendanceCsv } from '../../lib/server/services/cohorts/cohort-report.ts';
import { isLocale } from '../../lib/i18n/core.ts';

export const cohortsList: CliCommand = {
	path: ['cohorts', 'list'],
	usage: 'cohorts list [--json]',
	summary: 'Lists the cohorts (id, year, kind, name, members, sessions)',
	options: { json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const list = await withDatabase(async ({ db }) => {
			try {
				return await listCohorts(db, systemActor('cli'));
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify(list, null, 2) + '\n');
		} else {
			for (const c of list) stdout.write([c.id, c.year, c.kind, c.name, c.members, c.sessions].join('\t') + '\n');
		}
		return 0;
	}
};

export const cohortsAttendance: CliCommand = {
	path: ['cohorts', 'attendance'],
	usage: 'cohorts attendance <cohort-id> [--locale nl|fr|en] > attendance.csv',
	summary: "Writes a cohort's attendance per member and session as CSV to stdout (BOM and ; for Excel)",
	positionals: ['cohort-id'],
	options: { locale: { type: 'string' } },
	async run({ values, positionals, stdout }) {
		const id = positionals[0];
		if (!id) throw new CliUsageError('give the cohort id (see `sif cohorts list`)');
		const locale = String(values.locale ?? 'nl');
		if (!isLocale(locale)) throw new CliUsageError(`--locale must be nl, fr or en, got '${locale}'`);
		const { csv } = await withDatabase(async ({ db }) => {
			try {
				return await cohortAttendanceCsv(db, systemActor('cli'), id, locale);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		stdout.write(csv);
		return 0;
	}
};
