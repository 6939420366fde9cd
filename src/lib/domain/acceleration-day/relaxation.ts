/**
 * The pair-level relaxation: choose which pairs meet, ignoring in which slot, subject to
 * each person's total capacity (maxMeetings, seats × slots present). With everyone
 * present all day this relaxation is exact (see placeByEdgeColouring); otherwise its
 * optimum is a proven upper bound, because a pair without a common slot is left out and
 * every real timetable is a feasible b-matching here.
 */
import { solveBMatching, type BMatchingResult } from './b-matching.ts';
import { colourBipartiteEdges } from './edge-colouring.ts';
import type { TimetableModel } from './model.ts';
import type { TimetableState } from './timetable-state.ts';

export interface PairRelaxation extends BMatchingResult {
	/** Pairs chosen by the relaxation. */
	pairs: Int32Array;
}

/**
 * Solves the relaxation. With `withHardRules`, floors, must-meet pairs and the given
 * forced (locked) pairs earn the lexicographic bonus; without, it is the plain maximum.
 */
export function solvePairRelaxation(
	model: TimetableModel,
	forced: Uint8Array,
	withHardRules: boolean
): PairRelaxation {
	const nI = model.innovatorIds.length;
	const edgePairs: number[] = [];
	for (let p = 0; p < model.pairScore.length; p++) {
		if (model.pairSlots[p].length > 0) edgePairs.push(p);
	}
	const edgeLeft = new Int32Array(edgePairs.length);
	const edgeRight = new Int32Array(edgePairs.length);
	const edgeWeight = new Float64Array(edgePairs.length);
	const edgeForced = new Uint8Array(edgePairs.length);
	edgePairs.forEach((p, e) => {
		edgeLeft[e] = model.pairInnovator[p];
		edgeRight[e] = model.pairChancegiver[p];
		edgeWeight[e] = model.pairScore[p];
		edgeForced[e] = withHardRules && (model.pairMust[p] || forced[p]) ? 1 : 0;
	});
	const result = solveBMatching({
		leftCount: nI,
		rightCount: model.chancegiverIds.length,
		leftCapacity: model.innovatorCapacity,
		leftFloor: new Int32Array(nI).fill(withHardRules ? model.minMeetings : 0),
		leftFunderFloor: new Int32Array(nI).fill(withHardRules ? model.minFunders : 0),
		rightCapacity: model.chancegiverCapacity,
		rightIsFunder: model.isFunder,
		edgeLeft,
		edgeRight,
		edgeWeight,
		edgeForced
	});
	const pairs = edgePairs.filter((_, e) => result.chosen[e] === 1);
	return { ...result, pairs: Int32Array.from(pairs) };
}

/**
 * Places chosen pairs into slots with no loss when everyone is present all day: each
 * innovator with d pairs is split into ⌈d / slots⌉ copies of at most `slots` pairs
 * (⌈d / slots⌉ ≤ seats because d ≤ seats × slots), so copies × chancegivers has maximum
 * degree ≤ slots and König's edge colouring gives each pair a slot: a chancegiver sits
 * once per slot, and each copy holds one seat of its innovator's table.
 */
export function placeByEdgeColouring(state: TimetableState, pairs: Int32Array): void {
	const model = state.model;
	const T = model.slots;
	const byInnovator: number[][] = Array.from({ length: model.innovatorIds.length }, () => []);
	for (const p of pairs) byInnovator[model.pairInnovator[p]].push(p);
	const edgeLeft = new Int32Array(pairs.length);
	const edgeRight = new Int32Array(pairs.length);
	const edgePair = new Int32Array(pairs.length);
	let copies = 0;
	let e = 0;
	for (const list of byInnovator) {
		list.forEach((p, k) => {
			edgeLeft[e] = copies + Math.floor(k / T);
			edgeRight[e] = model.pairChancegiver[p];
			edgePair[e] = p;
			e++;
		});
		copies += Math.ceil(list.length / T);
	}
	const colour = colourBipartiteEdges(copies, model.chancegiverIds.length, edgeLeft, edgeRight, T);
	for (let k = 0; k < pairs.length; k++) {
		if (!state.canPlace(edgePair[k], colour[k])) {
			throw new Error('edge colouring produced an infeasible slot (a bug)');
		}
		state.place(edgePair[k], colour[k]);
	}
}
