/**
 * `sif bench import`: imports a generated file of N rows (default 10,000) into a fresh
 * in-memory PGlite database and prints a table against the 20 s target (issue F2).
 */
import { PGlite } from '@electric-sql/pglite';
import { CliUsageError, type CliCommand } from '../framework.ts';
import { openDatabase, pgliteExtensions } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { importPeople } from '../../lib/server/services/import/import-people.ts';
import { importBenchCsv } from '../../lib/server/services/demo/import-bench-file.ts';

const TARGET_SECONDS = 20;

export const benchImport: CliCommand = {
	path: ['bench', 'import'],
	usage: 'bench import [--rows N]',
	summary: 'Times importing N generated people (default 10,000) into a temporary embedded database, as a table',
	options: { rows: { type: 'string' } },
	async run({ values, stdout }) {
		const rows = values.rows === undefined ? 10_000 : Number(values.rows);
		if (!Number.isInteger(rows) || rows < 1 || rows > 100_000) throw new CliUsageError(`--rows must be 1 to 100000, got '${String(values.rows)}'`);
		const bytes = new TextEncoder().encode(importBenchCsv(rows));
		const handle = await openDatabase({ pglite: await PGlite.create({ extensions: pgliteExtensions }) });
		const results: { run: string; rows: number; seconds: number; cpu: number; summary: string }[] = [];
		try {
			await migrateDatabase(handle);
			const actor = systemActor('bench');
			const time = async (run: string, dryRun: boolean) => {
				const started = performance.now();
				const cpuBefore = process.cpuUsage();
				const s = await importPeople(handle.db, actor, { fileName: 'bench.csv', bytes, dryRun }, 'en');
				const seconds = (performance.now() - started) / 1000;
				const cpuUsed = process.cpuUsage(cpuBefore);
				results.push({ run, rows, seconds, cpu: (cpuUsed.user + cpuUsed.system) / 1e6, summary: `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.errors.length} errors` });
			};
			await time('dry run (empty database)', true);
			await time('import (all new)', false);
			await time('re-import (unchanged)', false);
		} finally {
			await handle.close();
		}
		// Wall-clock seconds are what the target is about; CPU seconds show how much of it a
		// busy machine (other processes on the same cores) added.
		const header = ['run', 'rows', 'seconds', 'cpu seconds', 'rows/s', `target ${TARGET_SECONDS} s`, 'result'];
		const table = results.map((r) => [r.run, String(r.rows), r.seconds.toFixed(2), r.cpu.toFixed(2), String(Math.round(r.rows / r.seconds)), r.seconds <= TARGET_SECONDS ? 'ok' : 'TOO SLOW', r.summary]);
		const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
		const line = (cells: string[]) => '| ' + cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
		stdout.write([line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...table.map(line)].join('\n') + '\n');
	}
};
