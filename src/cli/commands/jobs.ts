/**
 * `sif jobs run [--now <ISO date>]`: runs the intake area's background tasks once —
 * introduction follow-up reminders, notification digests, then the outbox — as of the
 * given moment (default: now). Operators use it to catch up after downtime; tests use
 * --now to move the clock forward (docs/decisions/062-follow-ups-digests-and-the-clock.md).
 */
import type { CliCommand } from '../framework.ts';
import { CliUsageError } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { runIntakeJobs } from '../../lib/server/services/digests/run-intake-jobs.ts';

export const jobsRun: CliCommand = {
	path: ['jobs', 'run'],
	usage: 'jobs run [--now 2026-12-15T09:00:00Z] [--json]',
	summary: 'Runs follow-up reminders, digests and the outbox once, as of --now (default: the current time)',
	options: { now: { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const now = values.now === undefined ? new Date() : new Date(String(values.now));
		if (Number.isNaN(now.getTime())) throw new CliUsageError(`--now is not a date: ${String(values.now)}`);
		const report = await withDatabase(async ({ db }) => {
			try {
				return await runIntakeJobs(db, systemActor('cli'), now);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) stdout.write(JSON.stringify(report, null, 2) + '\n');
		else stdout.write(`jobs run as of ${report.now}: ${report.followUps.fired} follow-up reminder(s), ${report.followUps.cancelled} cancelled, ${report.digests.sent} digest(s)\n`);
		return 0;
	}
};
