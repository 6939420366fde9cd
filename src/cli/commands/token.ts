import { CliFailure, requireString, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { createApiToken } from '../../lib/server/services/accounts/api-tokens.ts';
import { findUserByEmail } from '../../lib/server/services/accounts/users.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';

export const tokenCreate: CliCommand = {
	path: ['token', 'create'],
	usage: 'token create --email E [--label L]',
	summary: 'Prints a new API token for that user on stdout, nothing else',
	options: { email: { type: 'string' }, label: { type: 'string' } },
	async run({ values, stdout }) {
		const email = requireString(values, 'email');
		const label = typeof values.label === 'string' && values.label.trim() ? values.label : 'cli';
		const token = await withDatabase(async ({ db }) => {
			const user = await findUserByEmail(db, email);
			if (!user) throw new CliFailure(`no user with e-mail ${email}`);
			try {
				return (await createApiToken(db, systemActor('cli'), { userId: user.id, label })).token;
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		stdout.write(token + '\n');
	}
};
