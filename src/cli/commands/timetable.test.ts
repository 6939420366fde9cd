import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { TimetableScheduleSchema } from '../../lib/schemas/timetable.ts';
import { CliUsageError, parseCommandArgs } from '../framework.ts';
import { timetableSolve } from './timetable.ts';

const SIF = resolve(import.meta.dirname, '../../../bin/sif.mjs');
const dir = mkdtempSync(join(tmpdir(), 'sif-timetable-'));
let files = 0;

function writeInput(content: string): { input: string; output: string } {
	const input = join(dir, `in-${files++}.json`);
	writeFileSync(input, content);
	return { input, output: `${input}.out` };
}

/** Runs the command in-process, as main() does after parsing argv. */
async function solveInProcess(content: string, extra: string[] = []) {
	const { input, output } = writeInput(content);
	const { values, positionals } = parseCommandArgs(timetableSolve, ['--in', input, '--out', output, ...extra]);
	const stdout = new PassThrough();
	await timetableSolve.run({ values, positionals, stdout, stderr: new PassThrough(), stdin: new PassThrough() });
	return { output, summary: String(stdout.read() ?? '') };
}

const instance = {
	slots: 2,
	innovators: [{ id: 'i1' }, { id: 'i2', available: [1] }],
	chancegivers: [{ id: 'c1', role: 'funder' }],
	scores: [
		['i1', 'c1', 10],
		['i2', 'c1', 7]
	]
};

describe('sif timetable solve', () => {
	it('writes a schedule in the contract format', async () => {
		const { output, summary } = await solveInProcess(JSON.stringify(instance), ['--time-limit', '1']);
		const schedule = TimetableScheduleSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
		expect(schedule.objective).toBe(17);
		expect(schedule.meetings).toHaveLength(2);
		expect(summary).toMatch(/^optimal: objective 17/);
	});

	it.each([
		['an unknown id', JSON.stringify({ ...instance, scores: [['i1', 'c7', 3]] }), /unknown chancegiver 'c7'/],
		['a negative score', JSON.stringify({ ...instance, scores: [['i1', 'c1', -3]] }), /scores\[0\]\[2\]: a score must be a positive number/],
		['a pair listed twice', JSON.stringify({ ...instance, scores: [...instance.scores, ['i1', 'c1', 4]] }), /listed twice/]
	])('refuses %s as bad input (exit 2)', async (_name, content, message) => {
		const failure = solveInProcess(content);
		await expect(failure).rejects.toBeInstanceOf(CliUsageError);
		await expect(failure).rejects.toThrow(message);
	});

	it('refuses a bad time limit as bad input', async () => {
		await expect(solveInProcess(JSON.stringify(instance), ['--time-limit', 'soon'])).rejects.toThrow(/--time-limit/);
	});

	it('exits 2 with one line on stderr for malformed JSON, end to end', () => {
		const { input, output } = writeInput('{"slots": 2,');
		const run = spawnSync(process.execPath, [SIF, 'timetable', 'solve', '--in', input, '--out', output], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/not valid JSON/);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	}, 60_000);
});
