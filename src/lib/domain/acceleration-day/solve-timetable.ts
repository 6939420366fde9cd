/**
 * The Acceleration Day timetable solver (decision record docs/decisions/010).
 *
 * - Everyone present all day, nothing locked: exact. The pair relaxation (a b-matching
 *   by min-cost flow, floors and must-meet pairs as lexicographic bonuses) is solved, then
 *   König edge colouring puts its pairs into slots with no loss: status `optimal`.
 * - Partial availability or locks (NP-hard): locks first, then the relaxation's pairs
 *   into common slots with a one-step repair, then large-neighbourhood local search until
 *   the time limit. The relaxation's value is the proven upper bound.
 *
 * Pure: the clock comes in as `now` (milliseconds), so tests and the CLI decide time.
 */
import type { TimetableInstance, TimetableSchedule, UnmetRule } from '../../schemas/timetable.ts';
import { improveByLocalSearch } from './local-search.ts';
import { buildTimetableModel } from './model.ts';
import { placeLocks, placePairs } from './placement.ts';
import { placeByEdgeColouring, solvePairRelaxation } from './relaxation.ts';
import { TimetableState } from './timetable-state.ts';
import { explainUnmetRules } from './unmet-rules.ts';

export interface SolveTimetableOptions {
	/** Wall-clock budget for the local search, in milliseconds. */
	timeLimitMs: number;
	/** Current time in milliseconds (e.g. performance.now). */
	now: () => number;
	/** Seed of the neighbourhood choice in local search; the same seed gives the same run. */
	seed?: number;
}

/** Solves an instance that passed TimetableInstanceSchema and findInstanceProblems. */
export function solveTimetable(instance: TimetableInstance, options: SolveTimetableOptions): TimetableSchedule {
	const started = options.now();
	const deadline = started + options.timeLimitMs;
	const model = buildTimetableModel(instance);
	const state = new TimetableState(model);
	const lockUnmet: UnmetRule[] = placeLocks(state);

	const relaxation = solvePairRelaxation(model, state.fixed, true);
	const exact = model.fullAvailability && model.locks.length === 0;
	if (exact) {
		placeByEdgeColouring(state, relaxation.pairs);
	} else {
		placePairs(state, relaxation.pairs);
		const provenBest = relaxation.bonusMet === relaxation.bonusWanted;
		improveByLocalSearch(state, {
			deadline,
			now: options.now,
			random: mulberry32(options.seed ?? 1),
			target: { bonus: provenBest ? state.bonusWanted() : Infinity, weight: relaxation.weight }
		});
	}

	const unmet = [...lockUnmet, ...explainUnmetRules(state)];
	// With every hard rule met by the relaxation its weight bounds every valid timetable;
	// otherwise the plain maximum (no hard rules) bounds every timetable at all.
	const upperBound =
		relaxation.bonusMet === relaxation.bonusWanted && unmet.length === 0
			? relaxation.weight
			: solvePairRelaxation(model, state.fixed, false).weight;
	const objective = state.weight;
	const tolerance = 1e-9 * Math.max(1, Math.abs(upperBound));
	const status = unmet.length > 0 ? 'infeasible' : objective >= upperBound - tolerance ? 'optimal' : 'feasible';
	return {
		status,
		objective: roundScore(objective),
		upperBound: roundScore(upperBound),
		seconds: Math.round(options.now() - started) / 1000,
		meetings: state.meetings(),
		unmet
	};
}

/** Sums of scores carry float noise when scores are fractional; 9 decimals are plenty. */
function roundScore(value: number): number {
	return Math.round(value * 1e9) / 1e9;
}

/** Small seeded generator: the solver stays deterministic for a given seed. */
function mulberry32(seed: number): () => number {
	let a = seed | 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
