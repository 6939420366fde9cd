/**
 * For the CLI's process tests: `sif` run as an operator runs it — a real `node bin/sif.mjs`
 * process on a temporary embedded data dir of its own (never DATABASE_URL), removed after the
 * test file.
 */
import { afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CliResult = { code: number; stdout: string; stderr: string };

export function embeddedCli(prefix: string): { dataDir: string; sif: (...args: string[]) => Promise<CliResult> } {
	const dataDir = mkdtempSync(join(tmpdir(), prefix));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
	function sif(...args: string[]): Promise<CliResult> {
		return new Promise((resolve) => {
			const env: NodeJS.ProcessEnv = { ...process.env, SIF_DATA_DIR: dataDir };
			delete env.DATABASE_URL;
			execFile('node', ['bin/sif.mjs', ...args], { env }, (error, stdout, stderr) => {
				resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
			});
		});
	}
	return { dataDir, sif };
}
