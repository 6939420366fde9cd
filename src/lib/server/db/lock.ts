/**
 * An exclusive lock on the embedded database directory. PGlite has no lock of its own and
 * two processes on one directory corrupt it, so every process that opens the directory
 * first creates `sif.lock` atomically (O_EXCL) holding its pid. A lock whose pid is no
 * longer alive is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
	readonly exitCode = 1;
	constructor(
		readonly dir: string,
		readonly pid: number
	) {
		super(`the database in ${dir} is in use by another sif process (pid ${pid}); stop it first`);
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export interface DataDirLock {
	path: string;
	release(): void;
}

/** Takes the lock or throws {@link DataDirLockedError} naming the holder's pid. */
export function lockDataDir(dir: string): DataDirLock {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'sif.lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return {
				path,
				release() {
					if (released) return;
					released = true;
					try {
						if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path);
					} catch {
						// already gone
					}
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
			if (Number.isFinite(holder) && holder !== process.pid && alive(holder)) {
				throw new DataDirLockedError(dir, holder);
			}
			// Stale (the holder died) or unreadable: remove and try again.
			rmSync(path, { force: true });
		}
	}
	throw new Error(`could not lock ${dir}`);
}
