/** `sif demo [--size small|large]`: the demo data set in an empty database (decision 052). */
import { CliFailure, CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { AppError } from '../../lib/server/errors.ts';
import { seedDemo } from '../../lib/server/services/demo/seed-demo.ts';

export const demo: CliCommand = {
	path: ['demo'],
	usage: 'demo [--size small|large] [--seed N] [--json]',
	summary: 'Fills an empty database with realistic demo data (people, organisations, initiatives, events)',
	options: { size: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const size = (values.size ?? 'large') as string;
		if (size !== 'small' && size !== 'large') throw new CliUsageError(`--size must be small or large, got '${size}'`);
		const seed = values.seed === undefined ? undefined : Number(values.seed);
		if (seed !== undefined && !Number.isInteger(seed)) throw new CliUsageError(`--seed must be a whole number, got '${String(values.seed)}'`);
		const summary = await withDatabase(async ({ db }) => {
			try {
				return await seedDemo(db, systemActor('cli'), { size, seed }, 'en');
			} catch (error) {
				// A database that already holds data is not bad input: it is the wrong database (exit 1).
				if (error instanceof AppError && error.code === 'conflict') throw new CliFailure(error.message);
				throw cliErrorFrom(error);
			}
		});
		if (values.json) stdout.write(JSON.stringify(summary) + '\n');
		else
			stdout.write(
				`demo data (${summary.size}): ${summary.people} people (${summary.innovators} innovators, ${summary.chancegivers} chancegivers, ${summary.potentials} potentials), ` +
					`${summary.organisations} organisations, ${summary.initiatives} initiatives with ${summary.engagements} engagements, ${summary.events} events\n`
			);
	}
};
