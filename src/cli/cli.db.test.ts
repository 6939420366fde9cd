/** The `sif` command line as operators use it: real processes on a temporary data dir. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** These run `sif` as a process on a temporary embedded (PGlite) data dir; the PostgreSQL pass of CI has nothing to add to them, so they run once. */
const embeddedOnly = Boolean(process.env.TEST_DATABASE_URL);
const dir = mkdtempSync(join(tmpdir(), 'sif-cli-'));
const env = { ...process.env, SIF_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };

function sif(args: string[], input?: string) {
	const result = spawnSync(process.execPath, ['bin/sif.mjs', ...args], { env, input, encoding: 'utf8', timeout: 180_000 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(embeddedOnly)('sif', { timeout: 600_000 }, () => {
	it('lists its commands and has --help on each', () => {
		const overview = sif(['--help']);
		expect(overview.code).toBe(0);
		expect(overview.stdout).toContain('token create');
		const help = sif(['user', 'create', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('--password-stdin');
		const unknown = sif(['frobnicate']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('migrates, creates users and tokens, with contract exit codes', () => {
		const migrate = sif(['db', 'migrate']);
		expect(migrate.code).toBe(0);
		expect(migrate.stdout).toMatch(/applied 0000_core/);
		expect(sif(['db', 'migrate']).stdout).toContain('up to date');

		const created = sif(['user', 'create', '--email', 'Staff@Example.be', '--name', 'Staff', '--role', 'staff', '--password-stdin'], 'a long password\n');
		expect(created.code).toBe(0);
		const again = sif(['user', 'create', '--email', 'staff@example.be', '--name', 'Staff', '--role', 'staff']);
		expect(again.code).toBe(2);
		expect(sif(['user', 'create', '--email', 'x@example.be', '--name', 'X', '--role', 'king']).code).toBe(2);
		expect(sif(['user', 'create', '--name', 'X', '--role', 'staff']).code).toBe(2);

		const token = sif(['token', 'create', '--email', 'STAFF@example.be', '--label', 'script']);
		expect(token.code).toBe(0);
		expect(token.stdout).toMatch(/^sif_[a-z0-9]+\n$/);
		expect(sif(['token', 'create', '--email', 'nobody@example.be']).code).toBe(1);
	});

	it('backs up and restores the whole database', () => {
		const file = join(dir, 'backup.json.gz');
		const backup = sif(['backup', file]);
		expect(backup.code).toBe(0);
		expect(existsSync(file)).toBe(true);
		sif(['user', 'create', '--email', 'later@example.be', '--name', 'Later', '--role', 'member']);
		const restore = sif(['restore', file]);
		expect(restore.code).toBe(0);
		expect(restore.stdout).toMatch(/restored \d+ rows/);
		// The user created after the backup is gone: creating it again works.
		expect(sif(['user', 'create', '--email', 'later@example.be', '--name', 'Later', '--role', 'member']).code).toBe(0);
		expect(sif(['restore', join(dir, 'missing.gz')]).code).toBe(2);
	});
});
