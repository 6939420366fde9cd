/**
 * `sif cohorts admit --call <call-id> (--cohort <cohort-id> | --name <name> --year <year>)`:
 * the accepted applicants of a call into a cohort of its programme (decision 076). Prints
 * who was added and who already was a member (tab-separated, or JSON); safe to re-run.
 */
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { admitAccepted } from '../../lib/server/services/cohorts/admit-accepted.ts';

export const cohortsAdmit: CliCommand = {
	path: ['cohorts', 'admit'],
	usage: 'cohorts admit --call <call-id> (--cohort <cohort-id> | --name <name> --year <year> [--theme <theme>]) [--json]',
	summary: 'Puts the accepted applicants of a call into a cohort (existing or new); nobody is added twice',
	options: {
		call: { type: 'string' },
		cohort: { type: 'string' },
		name: { type: 'string' },
		year: { type: 'string' },
		theme: { type: 'string' },
		json: { type: 'boolean' }
	},
	async run({ values, stdout }) {
		const callId = values.call ? String(values.call) : '';
		if (!callId) throw new CliUsageError('give --call <call-id> (see `sif programmes ranking`)');
		if (!values.cohort && !values.name) throw new CliUsageError('give --cohort <cohort-id> or --name <name> --year <year>');
		const input = values.cohort
			? { cohortId: String(values.cohort) }
			: { name: String(values.name), year: values.year ? String(values.year) : undefined, theme: values.theme ? String(values.theme) : '' };
		const result = await withDatabase(async ({ db }) => {
			try {
				return await admitAccepted(db, systemActor('cli'), callId, input, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify(result, null, 2) + '\n');
			return 0;
		}
		stdout.write(`cohort\t${result.cohortId}${result.createdCohort ? '\t(new)' : ''}\n`);
		for (const a of result.added) stdout.write(['added', a.personId, a.displayName, a.createdPerson ? 'new directory record' : ''].join('\t') + '\n');
		for (const a of result.alreadyMembers) stdout.write(['already a member', a.personId, a.displayName].join('\t') + '\n');
		return 0;
	}
};
