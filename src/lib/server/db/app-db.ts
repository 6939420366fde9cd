/**
 * The database of the running web app. `sif serve` opens it (lock, migrations, worker)
 * before it loads the built app and hands it over through a global; under `vite dev` the
 * app opens it itself, once (the promise survives hot reloads).
 */
import { openDatabase, type DbHandle } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { startWorker, type Worker } from '../jobs/worker.ts';

export interface AppRuntime {
	handle: DbHandle;
	worker?: Worker;
}

const KEY = Symbol.for('sif.runtime');
type Holder = { [KEY]?: Promise<AppRuntime> };

/** Called by `sif serve` with the runtime it opened. */
export function provideRuntime(runtime: AppRuntime): void {
	(globalThis as Holder)[KEY] = Promise.resolve(runtime);
}

export function appRuntime(): Promise<AppRuntime> {
	const holder = globalThis as Holder;
	holder[KEY] ??= (async () => {
		const handle = await openDatabase();
		await migrateDatabase(handle);
		const worker = startWorker(handle.db);
		const close = async () => {
			await worker.stop();
			await handle.close();
		};
		process.once('sveltekit:shutdown' as 'exit', () => void close());
		process.once('SIGINT', () => void close().finally(() => process.exit(0)));
		process.once('SIGTERM', () => void close().finally(() => process.exit(0)));
		return { handle, worker };
	})();
	return holder[KEY]!;
}
