/**
 * `sif programmes invite-reviewer --call ID --name N --email E [--language nl|fr|en]`: an
 * external jury member for a call (decision 100) — added at once when the address has an
 * active account, else an account invitation is e-mailed and they join on accepting it.
 */
import { CliUsageError, type CliCommand } from '../framework.ts';
import { requireString } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { inviteReviewer } from '../../lib/server/services/programmes/reviewer-invitations.ts';

export const programmesInviteReviewer: CliCommand = {
	path: ['programmes', 'invite-reviewer'],
	usage: 'programmes invite-reviewer --call ID --name NAME --email E [--language nl|fr|en] [--json]',
	summary: 'Invites an external jury member to review a call (added at once when the e-mail has an active account)',
	options: { call: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, language: { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const callId = requireString(values, 'call');
		const name = requireString(values, 'name');
		const email = requireString(values, 'email');
		const language = values.language ? String(values.language) : 'nl';
		if (!['nl', 'fr', 'en'].includes(language)) throw new CliUsageError('--language: nl, fr or en');
		const result = await withDatabase(async ({ db }) => {
			try {
				return await inviteReviewer(db, systemActor('cli'), callId, { name, email, language: language as 'nl' }, 'en');
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) stdout.write(JSON.stringify(result) + '\n');
		else stdout.write(result.status === 'added' ? `added\t${result.userId}\n` : `invited\t${email.trim().toLowerCase()}\n`);
		return 0;
	}
};
