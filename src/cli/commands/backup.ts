import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { createBackup, restoreBackup } from '../../lib/server/services/backup/backup.ts';

export const backup: CliCommand = {
	path: ['backup'],
	usage: 'backup FILE',
	summary: 'Writes a consistent dump of the whole database to FILE (gzipped JSON)',
	positionals: ['FILE'],
	async run({ positionals, stdout }) {
		const file = positionals[0];
		if (!file) throw new CliUsageError('name the backup FILE');
		const data = await withDatabase(({ db }) => createBackup(db));
		writeFileSync(file, data);
		stdout.write(`wrote ${file} (${data.length} bytes)\n`);
	}
};

export const restore: CliCommand = {
	path: ['restore'],
	usage: 'restore FILE',
	summary: 'Replaces the whole database with the backup in FILE (all or nothing)',
	positionals: ['FILE'],
	async run({ positionals, stdout }) {
		const file = positionals[0];
		if (!file) throw new CliUsageError('name the backup FILE');
		if (!existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
		const data = readFileSync(file);
		const counts = await withDatabase(async ({ db }) => {
			try {
				return await restoreBackup(db, data);
			} catch (error) {
				throw cliErrorFrom(error);
			}
		});
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		stdout.write(`restored ${total} rows in ${Object.keys(counts).length} tables from ${file}\n`);
	}
};
