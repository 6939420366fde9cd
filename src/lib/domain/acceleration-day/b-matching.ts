/**
 * Maximum-weight bipartite b-matching with soft-hard lower bounds, as one min-cost flow:
 *
 *   source ─(cap)→ left ─(1, −w)→ right ─(cap)→ sink
 *
 * Lower bounds (floors, must-meet pairs) are not imposed as demands but earn a bonus M
 * per unit that exceeds the total weight of all edges. The optimum therefore first
 * satisfies as many lower-bound units as possible, then maximises weight: when every
 * unit is met this is exactly the constrained optimum; when not, the shortfall proves
 * the rules cannot all hold, and the matching is still the best one for everything else.
 */
import { MinCostFlow } from './min-cost-flow.ts';

export interface BMatchingProblem {
	leftCount: number;
	rightCount: number;
	leftCapacity: ArrayLike<number>;
	/** Units of left degree that earn the bonus (e.g. a minimum number of meetings). */
	leftFloor: ArrayLike<number>;
	/** Units of left degree towards `rightIsFunder` nodes that earn the bonus. */
	leftFunderFloor: ArrayLike<number>;
	rightCapacity: ArrayLike<number>;
	rightIsFunder: ArrayLike<number>;
	edgeLeft: ArrayLike<number>;
	edgeRight: ArrayLike<number>;
	edgeWeight: ArrayLike<number>;
	/** 1 when the edge earns the bonus (a must-meet or locked pair). */
	edgeForced: ArrayLike<number>;
}

export interface BMatchingResult {
	/** chosen[e] = 1 when edge e is in the matching. */
	chosen: Uint8Array;
	weight: number;
	/** Lower-bound units met and wanted; equal when every floor and forced edge holds. */
	bonusMet: number;
	bonusWanted: number;
}

/** A bonus worth more than any total weight, a power of two so sums stay exact. */
export function bonusFor(totalWeight: number): number {
	return 2 ** Math.ceil(Math.log2(2 * totalWeight + 2));
}

export function solveBMatching(problem: BMatchingProblem): BMatchingResult {
	const { leftCount, rightCount } = problem;
	const edgeCount = problem.edgeLeft.length;
	let totalWeight = 0;
	let integral = true;
	for (let e = 0; e < edgeCount; e++) {
		totalWeight += problem.edgeWeight[e];
		if (!Number.isInteger(problem.edgeWeight[e])) integral = false;
	}
	const bonus = bonusFor(totalWeight);
	const eps = integral ? 0.5 : Math.max(1e-9, bonus * 1e-12);

	// Nodes: 0 source, 1 sink, 2.. left, then left funder hubs, then right.
	const source = 0;
	const sink = 1;
	const leftNode = (l: number) => 2 + l;
	const funderHub = (l: number) => 2 + leftCount + l;
	const rightNode = (r: number) => 2 + 2 * leftCount + r;
	const edgeFrom = (e: number) =>
		problem.rightIsFunder[problem.edgeRight[e]] ? funderHub(problem.edgeLeft[e]) : leftNode(problem.edgeLeft[e]);
	const edgeCost = (e: number) => -(problem.edgeWeight[e] + (problem.edgeForced[e] ? bonus : 0));

	const solveOn = (active: Uint8Array) => {
		let activeCount = 0;
		for (let e = 0; e < edgeCount; e++) activeCount += active[e];
		const flow = new MinCostFlow(2 + 2 * leftCount + rightCount, activeCount + 3 * leftCount + rightCount);
		const floorArcs: number[] = [];
		for (let l = 0; l < leftCount; l++) {
			const capacity = Math.max(0, problem.leftCapacity[l]);
			if (capacity === 0) continue;
			const floor = Math.min(capacity, Math.max(0, problem.leftFloor[l]));
			if (floor > 0) floorArcs.push(flow.addArc(source, leftNode(l), floor, -bonus));
			if (capacity > floor) flow.addArc(source, leftNode(l), capacity - floor, 0);
			const funderFloor = Math.min(capacity, Math.max(0, problem.leftFunderFloor[l]));
			if (funderFloor > 0) floorArcs.push(flow.addArc(leftNode(l), funderHub(l), funderFloor, -bonus));
			flow.addArc(leftNode(l), funderHub(l), capacity, 0);
		}
		for (let r = 0; r < rightCount; r++) {
			const capacity = Math.max(0, problem.rightCapacity[r]);
			if (capacity > 0) flow.addArc(rightNode(r), sink, capacity, 0);
		}
		const edgeArcs = new Int32Array(edgeCount).fill(-1);
		for (let e = 0; e < edgeCount; e++) {
			if (active[e]) edgeArcs[e] = flow.addArc(edgeFrom(e), rightNode(problem.edgeRight[e]), 1, edgeCost(e));
		}
		flow.run(source, sink, eps);
		return { flow, edgeArcs, floorArcs };
	};

	// Solve on a sparse core first (each node's best edges), then add every left-out edge
	// whose reduced cost under the optimal duals is negative, until none is: the duals
	// then certify that the core's optimum is the optimum of the whole graph.
	const active = sparseCore(problem, edgeCount);
	let solved = solveOn(active);
	for (let round = 0; ; round++) {
		let added = 0;
		for (let e = 0; e < edgeCount; e++) {
			if (active[e]) continue;
			const reduced = solved.flow.reducedCostOf(edgeFrom(e), rightNode(problem.edgeRight[e]), edgeCost(e));
			if (reduced < -eps || round >= 8) {
				active[e] = 1;
				added++;
			}
		}
		if (added === 0) break;
		solved = solveOn(active);
	}
	const { flow, edgeArcs, floorArcs } = solved;
	let bonusWanted = 0;
	for (let l = 0; l < leftCount; l++) {
		const capacity = Math.max(0, problem.leftCapacity[l]);
		bonusWanted += Math.min(capacity, Math.max(0, problem.leftFloor[l]));
		bonusWanted += Math.min(capacity, Math.max(0, problem.leftFunderFloor[l]));
	}
	for (let e = 0; e < edgeCount; e++) bonusWanted += problem.edgeForced[e] ? 1 : 0;

	const chosen = new Uint8Array(edgeCount);
	let weight = 0;
	let bonusMet = 0;
	for (let e = 0; e < edgeCount; e++) {
		if (edgeArcs[e] >= 0 && flow.flowOn(edgeArcs[e]) > 0) {
			chosen[e] = 1;
			weight += problem.edgeWeight[e];
			if (problem.edgeForced[e]) bonusMet++;
		}
	}
	for (const arc of floorArcs) bonusMet += flow.flowOn(arc);
	return { chosen, weight, bonusMet, bonusWanted };
}

/**
 * The edges worth trying first: every forced edge, and for each node its best edges,
 * a few more than its capacity (the optimum rarely reaches further down the list).
 */
function sparseCore(problem: BMatchingProblem, edgeCount: number): Uint8Array {
	const active = new Uint8Array(edgeCount);
	const keepBest = (nodeCount: number, endOf: ArrayLike<number>, capacity: ArrayLike<number>) => {
		const lists: number[][] = Array.from({ length: nodeCount }, () => []);
		for (let e = 0; e < edgeCount; e++) lists[endOf[e]].push(e);
		lists.forEach((list, node) => {
			const keep = 2 * Math.max(0, capacity[node]) + 4;
			if (list.length > keep) list.sort((a, b) => problem.edgeWeight[b] - problem.edgeWeight[a]);
			for (let k = 0; k < Math.min(keep, list.length); k++) active[list[k]] = 1;
		});
	};
	keepBest(problem.leftCount, problem.edgeLeft, problem.leftCapacity);
	keepBest(problem.rightCount, problem.edgeRight, problem.rightCapacity);
	for (let e = 0; e < edgeCount; e++) if (problem.edgeForced[e]) active[e] = 1;
	return active;
}
