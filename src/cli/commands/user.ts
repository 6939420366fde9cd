import { CliUsageError, requireString, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { createUser } from '../../lib/server/services/accounts/users.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { readAll } from '../stdin.ts';

export const userCreate: CliCommand = {
	path: ['user', 'create'],
	usage: 'user create --email E --name N --role R [--locale nl|fr|en] [--password-stdin]',
	summary: 'Creates an account (admin, staff, innovator, chancegiver, member)',
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string' },
		locale: { type: 'string' },
		'password-stdin': { type: 'boolean' },
		json: { type: 'boolean' }
	},
	async run({ values, stdout, stdin }) {
		const email = requireString(values, 'email');
		const name = requireString(values, 'name');
		const role = requireString(values, 'role');
		let password: string | undefined;
		if (values['password-stdin']) {
			password = (await readAll(stdin)).replace(/\r?\n$/, '');
			if (!password) throw new CliUsageError('no password on standard input');
		}
		const user = await withDatabase(async ({ db }) => {
			try {
				return await createUser(db, systemActor('cli'), {
					email,
					name,
					role: role as 'admin',
					locale: (values.locale as 'nl' | undefined) ?? 'nl',
					password
				});
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		if (values.json) {
			stdout.write(JSON.stringify({ id: user.id, email: user.email, name: user.name, role: user.role }) + '\n');
		} else {
			stdout.write(`created ${user.role} ${user.email} (${user.id})\n`);
		}
	}
};
