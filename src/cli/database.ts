/** Opens the database for a CLI command: lock (embedded), migrate a fresh one, close after. */
import { openDatabase, type DbHandle } from '../lib/server/db/client.ts';
import { migrateDatabase } from '../lib/server/db/migrate.ts';
import { DataDirLockedError } from '../lib/server/db/lock.ts';
import { CliFailure } from './framework.ts';

export async function openCliDatabase(): Promise<{ handle: DbHandle; applied: string[] }> {
	let handle: DbHandle;
	try {
		handle = await openDatabase();
	} catch (error) {
		if (error instanceof DataDirLockedError) throw new CliFailure(error.message);
		const message = (error as Error).message;
		throw new CliFailure(`cannot open the database: ${message}`);
	}
	try {
		const applied = await migrateDatabase(handle);
		return { handle, applied };
	} catch (error) {
		await handle.close();
		throw error;
	}
}

export async function withDatabase<T>(run: (handle: DbHandle) => Promise<T>): Promise<T> {
	const { handle } = await openCliDatabase();
	try {
		return await run(handle);
	} finally {
		await handle.close();
	}
}
