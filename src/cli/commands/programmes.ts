/**
 * `sif programmes ranking --call ID`: the normalised ranking of a call for the jury meeting
 * (docs/decisions/074-programme-selection.md), as a table or CSV (`--csv`, BOM and ; for Excel).
 */
import type { CliCommand } from '../framework.ts';
import { requireString } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { rankCall } from '../../lib/server/services/programmes/selection.ts';

const csvCell = (v: string | number | null) => {
	const s = v === null ? '' : String(v);
	return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const programmesRanking: CliCommand = {
	path: ['programmes', 'ranking'],
	usage: 'programmes ranking --call ID [--csv]',
	summary: 'Prints the normalised ranking of a call (rank, applicant, reviews, mean z, weighted score, status)',
	options: { call: { type: 'string' }, csv: { type: 'boolean' } },
	async run({ values, stdout }) {
		const callId = requireString(values, 'call');
		const { rows } = await withDatabase(async ({ db }) => {
			try {
				return await rankCall(db, systemActor('cli'), callId);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		const table = rows.map((r) => [
			r.rank ?? '',
			r.name,
			r.email,
			r.reviews,
			r.meanZ === null ? '' : r.meanZ.toFixed(3),
			r.meanScore === null ? '' : (r.meanScore * 100).toFixed(1),
			r.status
		]);
		const header = ['rank', 'applicant', 'email', 'reviews', 'mean_z', 'weighted_score_pct', 'status'];
		if (values.csv) {
			stdout.write('\uFEFF' + [header, ...table].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n');
		} else {
			for (const row of [header, ...table]) stdout.write(row.join('\t') + '\n');
		}
		return 0;
	}
};
