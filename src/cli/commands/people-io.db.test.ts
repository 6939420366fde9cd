/**
 * `sif import people`, `sif export people` and `sif demo` as operators run them: real
 * processes on a temporary embedded data dir (contract: shared/contracts/cli.md).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** These run `sif` as a process on a temporary embedded (PGlite) data dir; the PostgreSQL pass of CI has nothing to add to them, so they run once. */
const embeddedOnly = Boolean(process.env.TEST_DATABASE_URL);
const dir = mkdtempSync(join(tmpdir(), 'sif-people-io-'));
const fixtures = 'src/lib/domain/import/fixtures';

function sif(args: string[], dataDir = 'data') {
	const env = { ...process.env, SIF_DATA_DIR: join(dir, dataDir), DATABASE_URL: '' };
	const result = spawnSync(process.execPath, ['bin/sif.mjs', ...args], { env, encoding: 'buffer', timeout: 240_000 });
	return { code: result.status, stdout: result.stdout, text: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe.skipIf(embeddedOnly)('sif import/export people', { timeout: 600_000 }, () => {
	it('a dry run lists every bad row by row and column, exit 0, nothing written', () => {
		const dry = sif(['import', 'people', `${fixtures}/nl-semicolon.csv`, '--dry-run', '--json']);
		expect(dry.code).toBe(0);
		const summary = JSON.parse(dry.text);
		expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, dryRun: true, written: false });
		expect(summary.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
			[5, 'E-mail'],
			[6, 'Ondernemingsnummer'],
			[7, 'Datum toestemming']
		]);
		expect(summary.errors[0].message).toContain('niet-een-email');
	});

	it('--strict imports nothing when a row is bad and exits 2', () => {
		const strict = sif(['import', 'people', `${fixtures}/nl-semicolon.csv`, '--strict', '--json']);
		expect(strict.code).toBe(2);
		expect(JSON.parse(strict.text)).toMatchObject({ written: false, created: 2 });
		const exported = sif(['export', 'people', '--format', 'json']);
		expect(JSON.parse(exported.text)).toEqual([]);
	});

	it('imports the valid rows, re-imports unchanged, reads Windows-1252 tabs; the text summary names problems', () => {
		const first = sif(['import', 'people', `${fixtures}/nl-semicolon.csv`]);
		expect(first.code).toBe(0);
		expect(first.text).toContain('created 2, updated 0, unchanged 0');
		expect(first.text).toContain('row 5, E-mail:');
		const again = sif(['import', 'people', `${fixtures}/nl-semicolon.csv`, '--json']);
		expect(JSON.parse(again.text)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
		const cp1252 = sif(['import', 'people', `${fixtures}/en-windows-1252-tab.txt`, '--json']);
		expect(JSON.parse(cp1252.text)).toMatchObject({ created: 2, errors: [], file: { encoding: 'windows-1252', delimiter: '\t' } });
	});

	it('exports CSV for Excel (BOM, ;) that re-imports with every person unchanged; JSON lists everyone', () => {
		const csv = sif(['export', 'people']);
		expect(csv.code).toBe(0);
		expect([...csv.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.text).toContain('First name;Last name;');
		expect(csv.text).toContain('Šarena Košarica – Social Food');
		const file = join(dir, 'people.csv');
		writeFileSync(file, csv.stdout);
		const back = sif(['import', 'people', file, '--json']);
		expect(JSON.parse(back.text)).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
		const json = JSON.parse(sif(['export', 'people', '--format', 'json']).text);
		expect(json.map((p: { email: string }) => p.email).sort()).toEqual(['an.peeters@example.be', 'mohamed.elamrani@example.org', 'siobhan@example.ie', 'zoe@example.be']);
	});

	it('refuses bad input with one line on stderr and exit 2', () => {
		const missing = sif(['import', 'people', join(dir, 'nope.csv')]);
		expect(missing.code).toBe(2);
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		const empty = join(dir, 'empty.csv');
		writeFileSync(empty, '');
		const emptyRun = sif(['import', 'people', empty]);
		expect(emptyRun.code).toBe(2);
		expect(emptyRun.stderr).toContain('empty');
		expect(sif(['export', 'people', '--format', 'pdf']).code).toBe(2);
	});
});

describe.skipIf(embeddedOnly)('sif demo', { timeout: 600_000 }, () => {
	it('fills an empty database, the same way each time, and refuses a non-empty one (exit 1)', () => {
		const first = sif(['demo', '--size', 'small', '--json'], 'demo-a');
		expect(first.code).toBe(0);
		const summary = JSON.parse(first.text);
		expect(summary).toMatchObject({ size: 'small', organisations: 6, chancegivers: 20, potentials: 5 });
		expect(summary.innovators).toBeGreaterThanOrEqual(15);
		expect(summary.engagements).toBe(summary.initiatives);

		const again = sif(['demo', '--size', 'small'], 'demo-a');
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('not empty');
		expect(again.stderr.trim().split('\n')).toHaveLength(1);

		expect(sif(['demo', '--size', 'huge'], 'demo-b').code).toBe(2);
		expect(sif(['demo', '--size', 'small'], 'demo-b').code).toBe(0);
		const people = (d: string) => JSON.parse(sif(['export', 'people', '--format', 'json'], d).text) as { email: string; organisations: { enterpriseNumber: string | null }[] }[];
		const a = people('demo-a');
		expect(a.length).toBe(summary.people);
		expect(people('demo-b').map((p) => p.email)).toEqual(a.map((p) => p.email));
	});
});

describe.skipIf(embeddedOnly)('sif bench import', { timeout: 300_000 }, () => {
	it('imports generated rows into a temporary database and prints a table against the 20 s target', () => {
		const bench = sif(['bench', 'import', '--rows', '300'], 'unused');
		expect(bench.code).toBe(0);
		const lines = bench.text.trim().split('\n');
		expect(lines[0]).toMatch(/^\| run +\| +rows \| seconds \| cpu seconds \| rows\/s \| target 20 s \| result/);
		expect(lines).toHaveLength(5);
		expect(bench.text).toContain('300 created, 0 updated, 0 unchanged, 0 errors');
		expect(bench.text).toContain('0 created, 0 updated, 300 unchanged, 0 errors');
		expect(sif(['bench', 'import', '--rows', 'many']).code).toBe(2);
	});
});
