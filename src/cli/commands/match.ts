/**
 * `sif match evaluate` and `sif match bench`: the matchmaking engine's measured quality
 * (against a theme-overlap baseline, on seeded synthetic networks with planted true
 * matches) and speed (top-10 over 10,000 people; all pair scores for 1,000 × 1,000).
 * Both run on generated data only; the real database's accept/dismiss history is
 * evaluated by `sif match recorded` (match-db.ts).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CliUsageError, type CliCommand, type CliContext } from '../framework.ts';
import { checkRules, evaluate } from '../../lib/domain/matching/evaluate.ts';
import { buildMatchIndex } from '../../lib/domain/matching/match-index.ts';
import { formatReasons } from '../../lib/domain/matching/reason-format.ts';
import { scorePairs } from '../../lib/domain/matching/score-pairs.ts';
import { suggest } from '../../lib/domain/matching/suggest.ts';
import { mulberry32 } from '../../lib/domain/matching/seeded-random.ts';
import { generateHistory } from '../../lib/domain/matching/synthetic-history.ts';
import { generateNetwork } from '../../lib/domain/matching/synthetic-network.ts';
import { prepareHistory } from '../../lib/domain/matching/history.ts';
import {
	EMPTY_HISTORY,
	resolveWeights,
	type MatchHistory
} from '../../lib/domain/matching/types.ts';

function positiveInteger(
	values: CliContext['values'],
	name: string,
	fallback: number,
	max: number
): number {
	const raw = values[name];
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1 || value > max) {
		throw new CliUsageError(
			`--${name} must be a whole number from 1 to ${max}, got '${String(raw)}'`
		);
	}
	return value;
}

/** Renders rows as a plain aligned text table (first column left, others right). */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return (
		[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n'
	);
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => value.toFixed(2);
const historySize = (h: MatchHistory) =>
	h.introduced.length + h.declined.length + h.dismissed.length + h.feedback.length;

export const matchEvaluateCommand: CliCommand = {
	path: ['match', 'evaluate'],
	summary: 'Matching quality: recall@10 and precision@5, engine vs theme-overlap baseline',
	usage:
		'match evaluate [--people N] [--needs N] [--seed S] [--show N] [--locale nl|fr|en] [--json]',
	options: {
		people: { type: 'string' },
		needs: { type: 'string' },
		seed: { type: 'string' },
		show: { type: 'string' },
		locale: { type: 'string' },
		json: { type: 'boolean' }
	},
	async run({ values, stdout }) {
		const people = positiveInteger(values, 'people', 2000, 200_000);
		const needs = positiveInteger(
			values,
			'needs',
			Math.max(1, Math.min(200, Math.floor(people / 20))),
			10_000
		);
		const seed = positiveInteger(values, 'seed', 1, 2 ** 31);
		const show = values.show === '0' ? 0 : positiveInteger(values, 'show', 0, 100);
		const locale = values.locale ?? 'nl';
		if (locale !== 'nl' && locale !== 'fr' && locale !== 'en') {
			throw new CliUsageError(`--locale must be nl, fr or en, got '${String(locale)}'`);
		}
		const network = generateNetwork(mulberry32(seed), { people, needs });
		const index = buildMatchIndex(network.candidates);
		const result = evaluate(index, network.needs, network.truth);
		// Ablations show where the gain over the baseline comes from.
		const withoutText = evaluate(
			index,
			network.needs,
			network.truth,
			EMPTY_HISTORY,
			resolveWeights({ text: 0 })
		);
		const withoutTaxonomy = evaluate(
			index,
			network.needs,
			network.truth,
			EMPTY_HISTORY,
			resolveWeights({ category: 0, role: 0 })
		);
		// The hard rules, counted over the same needs with a generated history.
		const rules = checkRules(index, network.needs, generateHistory(mulberry32(seed + 2), network));
		const truthSizes = [...network.truth.values()].map((t) => t.size);
		const meanTruth = truthSizes.reduce((a, b) => a + b, 0) / Math.max(1, truthSizes.length);
		if (values.json) {
			const ablations = {
				withoutText: withoutText.engine,
				withoutTaxonomy: withoutTaxonomy.engine
			};
			stdout.write(
				JSON.stringify(
					{ people, seed, meanTrueMatches: meanTruth, ...result, ablations, rules },
					null,
					2
				) + '\n'
			);
			return 0;
		}
		stdout.write(
			`Synthetic network: ${people} people, ${result.needs} of ${needs} needs with a true match, seed ${seed}, ${meanTruth.toFixed(1)} true matches per need on average\n\n`
		);
		const row = (name: string, q: { recallAt10: number; precisionAt5: number }) => [
			name,
			q.recallAt10.toFixed(3),
			q.precisionAt5.toFixed(3)
		];
		stdout.write(
			table(
				['ranking', 'recall@10', 'precision@5'],
				[
					row('engine', result.engine),
					row('baseline (theme overlap)', result.baseline),
					row('engine without text (ablation)', withoutText.engine),
					row('engine without category/role (ablation)', withoutTaxonomy.engine)
				]
			)
		);
		for (const need of network.needs.slice(0, show)) {
			const truth = network.truth.get(need.id) ?? new Set<string>();
			stdout.write(`\n${need.id} [${need.categories.join(', ')} · ${need.stage}] ${need.text}\n`);
			for (const s of suggest(index, need, EMPTY_HISTORY, undefined, { limit: 5 })) {
				const mark = truth.has(s.candidateId) ? '✓' : ' ';
				stdout.write(
					`  ${mark} ${s.candidateId.padEnd(12)} ${(s.score * 100).toFixed(0).padStart(3)}  ${formatReasons(s.reasons, locale)}\n`
				);
			}
		}
		stdout.write(
			`\nRules, with a generated history: ${rules.suggestionsShown} suggestions for ${rules.needs} needs; ` +
				`declined/dismissed shown ${rules.blockedShown}, full capacity shown ${rules.fullCapacityShown}, ` +
				`funder order broken ${rules.funderOrderBroken}\n`
		);
		return 0;
	}
};

export const matchBenchCommand: CliCommand = {
	path: ['match', 'bench'],
	summary: 'Matching speed: top-10 over 10,000 people (p50/p95), pair scores 1,000 × 1,000',
	usage: 'match bench [--people N] [--queries N] [--day N] [--seed S] [--json]',
	options: {
		people: { type: 'string' },
		queries: { type: 'string' },
		day: { type: 'string' },
		seed: { type: 'string' },
		json: { type: 'boolean' }
	},
	async run({ values, stdout }) {
		const people = positiveInteger(values, 'people', 10_000, 500_000);
		const queries = positiveInteger(values, 'queries', 500, 100_000);
		const day = positiveInteger(values, 'day', 1000, 20_000);
		const seed = positiveInteger(values, 'seed', 1, 2 ** 31);

		const network = generateNetwork(mulberry32(seed), {
			people,
			needs: queries,
			plantedShare: 0.3
		});
		let started = performance.now();
		const index = buildMatchIndex(network.candidates);
		const buildMs = performance.now() - started;
		// A history of the usual size, so timings include its lookups; prepared once
		// (as a server would keep it), outside the timed loop.
		const history = generateHistory(mulberry32(seed + 2), network);
		started = performance.now();
		prepareHistory(history);
		const historyMs = performance.now() - started;
		// Warm-up, so the JIT has compiled the hot path before we measure.
		for (const need of network.needs.slice(0, 50)) suggest(index, need, history);
		// Wall time is what a user waits; CPU time (this process) shows the engine's own
		// cost when the machine is shared and wall time includes waiting for a core.
		const timings: number[] = [];
		const cpuTimings: number[] = [];
		for (const need of network.needs) {
			const cpuBefore = process.cpuUsage();
			started = performance.now();
			suggest(index, need, history, undefined, { limit: 10 });
			timings.push(performance.now() - started);
			const cpu = process.cpuUsage(cpuBefore);
			cpuTimings.push((cpu.user + cpu.system) / 1000);
		}
		timings.sort((a, b) => a - b);
		cpuTimings.sort((a, b) => a - b);

		const acceleration = generateNetwork(mulberry32(seed + 1), {
			people: day,
			needs: day,
			plantedShare: 0.3
		});
		const cpuBeforePairs = process.cpuUsage();
		started = performance.now();
		const pairs = scorePairs(acceleration.needs, acceleration.candidates, EMPTY_HISTORY);
		const pairsMs = performance.now() - started;
		const pairsCpu = process.cpuUsage(cpuBeforePairs);
		const pairsCpuMs = (pairsCpu.user + pairsCpu.system) / 1000;

		const result = {
			people,
			queries,
			indexBuildMs: buildMs,
			historyEvents: historySize(history),
			historyPrepareMs: historyMs,
			top10: {
				p50Ms: percentile(timings, 50),
				p95Ms: percentile(timings, 95),
				maxMs: timings[timings.length - 1],
				cpuP50Ms: percentile(cpuTimings, 50),
				cpuP95Ms: percentile(cpuTimings, 95)
			},
			day: {
				innovators: day,
				chancegivers: day,
				ms: pairsMs,
				cpuMs: pairsCpuMs,
				pairs: pairs.length
			},
			loadAverage: loadavg()[0],
			cpus: cpus().length
		};
		if (values.json) {
			stdout.write(JSON.stringify(result, null, 2) + '\n');
			return 0;
		}
		stdout.write(
			table(
				['measure', 'wall', 'cpu', 'target'],
				[
					[`index build, ${people} people (ms)`, ms(buildMs), '', ''],
					[`history prepare, ${historySize(history)} events (ms)`, ms(historyMs), '', ''],
					[
						`top-10 over ${people} people, p50 (ms)`,
						ms(result.top10.p50Ms),
						ms(result.top10.cpuP50Ms),
						''
					],
					[
						`top-10 over ${people} people, p95 (ms)`,
						ms(result.top10.p95Ms),
						ms(result.top10.cpuP95Ms),
						'< 20'
					],
					[`top-10 over ${people} people, max (ms)`, ms(result.top10.maxMs), '', ''],
					[
						`all pair scores ${day} × ${day}, incl. index (ms)`,
						ms(pairsMs),
						ms(pairsCpuMs),
						'< 2000'
					],
					[`pairs kept (score >= 20)`, String(pairs.length), '', '']
				]
			)
		);
		stdout.write(
			`(${queries} timed queries after 50 warm-up ones; seed ${seed}; Node ${process.version}; ` +
				`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)\n`
		);
		return 0;
	}
};
