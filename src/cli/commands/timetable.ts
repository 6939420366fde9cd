/**
 * `sif timetable solve` and `sif timetable bench`: the Acceleration Day timetable solver
 * on a file (contract: shared/contracts/timetable-format.md) and against its peers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliFailure, CliUsageError, requireString, type CliCommand } from '../framework.ts';
import { parseTimetableInstance } from '../../lib/domain/acceleration-day/parse-instance.ts';
import { solveTimetable } from '../../lib/domain/acceleration-day/solve-timetable.ts';
import { greedyTimetable } from '../../lib/domain/acceleration-day/greedy-baseline.ts';
import { buildTimetableModel } from '../../lib/domain/acceleration-day/model.ts';
import { buildTimetableIlp } from '../../lib/domain/acceleration-day/ilp-model.ts';
import {
	formatBenchTable,
	timetableFigures,
	type BenchRow
} from '../../lib/domain/acceleration-day/bench-report.ts';
import type { Meeting, TimetableInstance } from '../../lib/schemas/timetable.ts';

const DEFAULT_TIME_LIMIT_SECONDS = 10;
const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GENERATOR = resolve(REPOSITORY_ROOT, '../shared/bench/acceleration-day/generate.mjs');

function readInstance(path: string): TimetableInstance {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new CliUsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new CliUsageError(`${path} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
	}
	const parsed = parseTimetableInstance(data);
	if (!parsed.ok) {
		const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : '';
		throw new CliUsageError(`${parsed.problems[0]}${more}`);
	}
	return parsed.instance;
}

function positiveSeconds(value: unknown, fallback: number): number {
	if (value === undefined) return fallback;
	const seconds = Number(value);
	if (typeof value !== 'string' || !Number.isFinite(seconds) || seconds <= 0) {
		throw new CliUsageError(`--time-limit must be a positive number of seconds, got '${String(value)}'`);
	}
	return seconds;
}

export const timetableSolve: CliCommand = {
	path: ['timetable', 'solve'],
	summary: 'Solves an Acceleration Day timetable instance (JSON) and writes the schedule (JSON)',
	usage: 'timetable solve --in FILE --out FILE [--time-limit SECONDS]',
	options: { in: { type: 'string' }, out: { type: 'string' }, 'time-limit': { type: 'string' } },
	async run({ values, stdout }) {
		const input = requireString(values, 'in');
		const output = requireString(values, 'out');
		const seconds = positiveSeconds(values['time-limit'], DEFAULT_TIME_LIMIT_SECONDS);
		const instance = readInstance(input);
		const schedule = solveTimetable(instance, { timeLimitMs: seconds * 1000, now: () => performance.now() });
		try {
			writeFileSync(output, JSON.stringify(schedule, null, 1) + '\n');
		} catch (error) {
			throw new CliFailure(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
		}
		stdout.write(
			`${schedule.status}: objective ${schedule.objective} (upper bound ${schedule.upperBound}), ` +
				`${schedule.meetings.length} meetings, ${schedule.unmet.length} unmet rules, ${schedule.seconds} s\n`
		);
	}
};

interface BenchSize {
	innovators: number;
	chancegivers: number;
	slots: number;
	seats: number;
}

const DEFAULT_SIZES = '10x30x4x4,100x100x6,300x300x8,1000x1000x8';
/** Above this many binaries HiGHS does not finish in 60 s on these instances. */
const ILP_MAX_BINARIES = 60_000;

function parseSizes(text: string): BenchSize[] {
	return text.split(',').map((word) => {
		const parts = word.trim().split('x').map(Number);
		if (parts.length < 3 || parts.length > 4 || parts.some((n) => !Number.isInteger(n) || n <= 0)) {
			throw new CliUsageError(`--sizes: '${word}' is not INNOVATORSxCHANCEGIVERSxSLOTS[xSEATS]`);
		}
		return { innovators: parts[0], chancegivers: parts[1], slots: parts[2], seats: parts[3] ?? 1 };
	});
}

export const timetableBench: CliCommand = {
	path: ['timetable', 'bench'],
	summary: 'Compares the timetable solver with a greedy baseline and the HiGHS ILP on generated instances',
	usage: 'timetable bench [--sizes 10x30x4x4,100x100x6,...] [--availability 1,0.5] [--seeds N] [--time-limit S] [--ilp-limit S]',
	options: {
		sizes: { type: 'string' },
		availability: { type: 'string' },
		seeds: { type: 'string' },
		'time-limit': { type: 'string' },
		'ilp-limit': { type: 'string' }
	},
	async run({ values, stdout, stderr }) {
		const sizes = parseSizes(typeof values.sizes === 'string' ? values.sizes : DEFAULT_SIZES);
		const availabilities = String(values.availability ?? '1,0.5').split(',').map(Number);
		if (availabilities.some((a) => !(a >= 0 && a <= 1))) throw new CliUsageError('--availability: numbers between 0 and 1');
		const seeds = Number(values.seeds ?? 1);
		if (!Number.isInteger(seeds) || seeds < 1) throw new CliUsageError('--seeds must be a positive whole number');
		const fixedLimit = values['time-limit'] === undefined ? undefined : positiveSeconds(values['time-limit'], 0);
		const ilpLimit = positiveSeconds(values['ilp-limit'], 60);
		if (!existsSync(GENERATOR)) {
			throw new CliFailure(`instance generator not found at ${GENERATOR} (expected ../shared/bench/acceleration-day/generate.mjs next to the repository)`);
		}
		const { default: loadHighs } = await import('highs');
		const highs = await loadHighs();
		const rows: BenchRow[] = [];
		for (const size of sizes) {
			for (const availability of availabilities) {
				for (let seed = 1; seed <= seeds; seed++) {
					const name = `${size.innovators}×${size.chancegivers}×${size.slots} s${size.seats} a${availability} #${seed}`;
					stderr.write(`${name}: generating…\n`);
					const instance = generate(size, availability, seed);
					const people = size.innovators + size.chancegivers;
					const limit = fixedLimit ?? (people <= 200 ? 4.5 : 8); // under the targets (5 s and 10 s) with room for the last bookkeeping
					stderr.write(`${name}: sif (time limit ${limit} s)…\n`);
					let started = performance.now();
					const schedule = solveTimetable(instance, { timeLimitMs: limit * 1000, now: () => performance.now() });
					const sifSeconds = (performance.now() - started) / 1000;
					const bound = schedule.upperBound;
					const row = (solver: string, meetings: Meeting[], seconds: number, note: string) => {
						const figures = timetableFigures(instance, meetings);
						const broken = figures.violations ? `${figures.violations} rules broken` : '';
						rows.push({ instance: name, solver, objective: figures.objective, upperBound: bound, lowestInnovatorScore: figures.lowestInnovatorScore, funderShare: figures.funderShare, seconds, note: [note, broken].filter(Boolean).join('; ') });
					};
					row('sif', schedule.meetings, sifSeconds, `${schedule.status}, bound ${bound}`);
					stderr.write(`${name}: greedy…\n`);
					started = performance.now();
					const greedy = greedyTimetable(instance);
					row('greedy', greedy.meetings, (performance.now() - started) / 1000, '');
					const model = buildTimetableModel(instance);
					const binaries = model.pairSlots.reduce((sum, slots) => sum + slots.length, 0);
					if (binaries > ILP_MAX_BINARIES) {
						rows.push({ instance: name, solver: 'HiGHS ILP', note: `skipped: ${binaries} binaries, beyond what HiGHS solves in ${ilpLimit} s` });
						continue;
					}
					stderr.write(`${name}: HiGHS ILP (${binaries} binaries, limit ${ilpLimit} s)…\n`);
					started = performance.now();
					const ilp = buildTimetableIlp(model);
					const result = highs.solve(ilp.text, { time_limit: ilpLimit, output_flag: false });
					const seconds = (performance.now() - started) / 1000;
					const columns = result.Columns as Record<string, { Primal?: number }>;
					const meetings = ilp.meetingsFrom((column) => columns[column]?.Primal ?? 0);
					if (result.Status === 'Optimal') row('HiGHS ILP', meetings, seconds, 'optimal');
					else if (meetings.length > 0) row('HiGHS ILP', meetings, seconds, `did not finish: ${result.Status}, best found`);
					else rows.push({ instance: name, solver: 'HiGHS ILP', seconds, note: `did not finish: ${result.Status}` });
				}
			}
		}
		stdout.write(formatBenchTable(rows));
	}
};

function generate(size: BenchSize, availability: number, seed: number): TimetableInstance {
	const args = [
		GENERATOR,
		'--innovators', String(size.innovators),
		'--chancegivers', String(size.chancegivers),
		'--slots', String(size.slots),
		'--seats', String(size.seats),
		'--availability', String(availability),
		'--seed', String(seed)
	];
	const text = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
	const parsed = parseTimetableInstance(JSON.parse(text));
	if (!parsed.ok) throw new CliFailure(`generated instance is invalid: ${parsed.problems[0]}`);
	return parsed.instance;
}
