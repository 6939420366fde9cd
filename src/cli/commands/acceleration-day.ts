/**
 * `sif ad solve|publish|outcome-survey`: what operators script around an Acceleration
 * Day — solve the draft from the registrations, publish it (mails only changed agendas),
 * and send the six-month outcome survey (decision 084; a cron line can run it).
 */
import { CliUsageError, requireString, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { solveDay } from '../../lib/server/services/acceleration-day/solve-day.ts';
import { publishDraft } from '../../lib/server/services/acceleration-day/publish.ts';
import { sendOutcomeSurveys } from '../../lib/server/services/acceleration-day/ratings.ts';

export const adSolve: CliCommand = {
	path: ['ad', 'solve'],
	usage: 'ad solve --day ID [--time-limit SECONDS] [--json]',
	summary: 'Solves an Acceleration Day into its draft timetable (locked meetings stay) and prints the result',
	options: { day: { type: 'string' }, 'time-limit': { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const dayId = requireString(values, 'day');
		const limit = values['time-limit'] === undefined ? undefined : Number(values['time-limit']);
		if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 120)) {
			throw new CliUsageError('--time-limit must be a whole number of seconds from 1 to 120');
		}
		const result = await withDatabase(async ({ db }) => {
			try {
				return await solveDay(db, systemActor('cli'), { dayId, timeLimitSeconds: limit }, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) stdout.write(JSON.stringify(result, null, 2) + '\n');
		else {
			const gap = result.upperBound > 0 ? (100 * (result.upperBound - result.objective)) / result.upperBound : 0;
			stdout.write(`${result.status}: ${result.meetings} meetings, objective ${result.objective} of at most ${result.upperBound} (gap ${gap.toFixed(2)}%), ${result.seconds.toFixed(2)} s\n`);
			for (const line of result.unmetText) stdout.write(`unmet: ${line}\n`);
		}
		return 0;
	}
};

export const adPublish: CliCommand = {
	path: ['ad', 'publish'],
	usage: 'ad publish --day ID',
	summary: 'Publishes the draft timetable of a day; only people whose agenda changed get an e-mail',
	options: { day: { type: 'string' } },
	async run({ values, stdout }) {
		const dayId = requireString(values, 'day');
		const result = await withDatabase(async ({ db }) => {
			try {
				return await publishDraft(db, systemActor('cli'), { dayId }, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		stdout.write(`version ${result.number} published: ${result.changes} changes, ${result.notified} people notified\n`);
		return 0;
	}
};

export const adOutcomeSurvey: CliCommand = {
	path: ['ad', 'outcome-survey'],
	usage: 'ad outcome-survey --day ID [--early]',
	summary: 'Sends the six-month outcome survey to everyone who took part and has not had it',
	options: { day: { type: 'string' }, early: { type: 'boolean' } },
	async run({ values, stdout }) {
		const dayId = requireString(values, 'day');
		const result = await withDatabase(async ({ db }) => {
			try {
				return await sendOutcomeSurveys(db, systemActor('cli'), { dayId, early: values.early === true }, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		stdout.write(`outcome survey sent to ${result.sent} people\n`);
		return 0;
	}
};
