/**
 * `sif ledger verify`: checks the peer-learning ledger from the database alone (sum 0,
 * floor, completed sessions have exactly their entries, open ones none). Exit 0 when
 * sound; exit 1 with one line per violation on stdout and a summary line on stderr.
 */
import type { CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { verifyStoredLedger } from '../../lib/server/services/peer-ledger/verify-ledger.ts';
import { ledgerCsv } from '../../lib/server/services/peer-network/peer-staff-views.ts';
import { isLocale } from '../../lib/i18n/core.ts';
import { CliUsageError } from '../framework.ts';

export const ledgerVerify: CliCommand = {
	path: ['ledger', 'verify'],
	usage: 'ledger verify [--json]',
	summary: 'Checks the peer-learning ledger invariants; exit 1 and a report when one fails',
	options: { json: { type: 'boolean' } },
	async run({ values, stdout, stderr }) {
		const report = await withDatabase(async ({ db }) => {
			try {
				return await verifyStoredLedger(db, systemActor('cli'));
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify(report, null, 2) + '\n');
		} else if (report.ok) {
			stdout.write(`ledger ok: ${report.sessions} sessions, ${report.entries} entries\n`);
		} else {
			for (const violation of report.violations) {
				stdout.write(`${violation.invariant}: ${violation.message}\n`);
			}
		}
		if (report.ok) return 0;
		stderr.write(`ledger verify: ${report.violations.length} invariant violation(s)\n`);
		return 1;
	}
};

/** `sif ledger export`: every ledger entry, oldest first, as CSV for the accountants. */
export const ledgerExport: CliCommand = {
	path: ['ledger', 'export'],
	usage: 'ledger export [--locale nl|fr|en] > ledger.csv',
	summary: 'Writes every ledger entry (session, reason, author) as CSV to stdout (BOM and ; for Excel)',
	options: { locale: { type: 'string' } },
	async run({ values, stdout }) {
		const locale = String(values.locale ?? 'nl');
		if (!isLocale(locale)) throw new CliUsageError(`--locale must be nl, fr or en, got '${locale}'`);
		const csv = await withDatabase(async ({ db }) => {
			try {
				return await ledgerCsv(db, systemActor('cli'), locale);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') throw error;
		});
		await new Promise<void>((resolve, reject) =>
			stdout.write(csv, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(error) : resolve()))
		);
		return 0;
	}
};
