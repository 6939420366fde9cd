import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DataDirLockedError, lockDataDir } from './lock.ts';

describe('the data directory lock', () => {
	it('holds the pid, refuses a second holder and releases', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sif-lock-'));
		const lock = lockDataDir(dir);
		expect(readFileSync(join(dir, 'sif.lock'), 'utf8')).toBe(String(process.pid));
		// A live process (the parent of this test) holding it: refused, naming the pid.
		writeFileSync(join(dir, 'sif.lock'), String(process.ppid));
		let error: unknown;
		try {
			lockDataDir(dir);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataDirLockedError);
		expect((error as DataDirLockedError).pid).toBe(process.ppid);
		expect((error as Error).message).toContain(String(process.ppid));
		writeFileSync(join(dir, 'sif.lock'), String(process.pid));
		lock.release();
		expect(existsSync(join(dir, 'sif.lock'))).toBe(false);
	});

	it('takes over a stale lock whose process is gone', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sif-lock-'));
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
		writeFileSync(join(dir, 'sif.lock'), dead);
		const lock = lockDataDir(dir);
		expect(readFileSync(join(dir, 'sif.lock'), 'utf8')).toBe(String(process.pid));
		lock.release();
	});
});
