import type { CliCommand } from '../framework.ts';
import { openCliDatabase } from '../database.ts';

export const dbMigrate: CliCommand = {
	path: ['db', 'migrate'],
	usage: 'db migrate',
	summary: 'Applies pending migrations and prints what it applied',
	async run({ stdout }) {
		const { handle, applied } = await openCliDatabase();
		await handle.close();
		stdout.write(
			applied.length
				? applied.map((tag) => `applied ${tag}`).join('\n') + '\n'
				: 'database is up to date\n'
		);
	}
};
