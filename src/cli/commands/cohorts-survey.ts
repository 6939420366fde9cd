/**
 * `sif cohorts survey <cohort-id> [--json]`: sends the end-of-trajectory survey to the
 * members not invited yet (decision 079), as the cohort page's button does. Prints how
 * many got it, how many had it already and who has no e-mail address; safe to re-run.
 */
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { sendCohortSurvey } from '../../lib/server/services/cohorts/cohort-survey.ts';

export const cohortsSurvey: CliCommand = {
	path: ['cohorts', 'survey'],
	usage: 'cohorts survey <cohort-id> [--json]',
	summary: 'Sends the cohort survey to every member not invited yet (personal link by e-mail, in their language)',
	positionals: ['cohort-id'],
	options: { json: { type: 'boolean' } },
	async run({ values, positionals, stdout }) {
		const id = positionals[0];
		if (!id) throw new CliUsageError('give the cohort id (see `sif cohorts list`)');
		const result = await withDatabase(async ({ db }) => {
			try {
				return await sendCohortSurvey(db, systemActor('cli'), id, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify(result, null, 2) + '\n');
			return 0;
		}
		stdout.write(`sent\t${result.sent}\nalready invited\t${result.alreadyInvited}\n`);
		for (const name of result.withoutEmail) stdout.write(`no e-mail address\t${name}\n`);
		return 0;
	}
};
