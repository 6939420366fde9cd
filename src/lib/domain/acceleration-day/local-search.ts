/**
 * Large-neighbourhood local search: take out one slot, one innovator's or one
 * chancegiver's movable meetings and re-solve that part exactly as a min-cost flow while
 * everything else stays fixed. The current meetings are a solution of each subproblem,
 * so a move never makes the timetable worse in the lexicographic order (hard-rule units
 * met, then total score); the search stops at a local optimum or at the deadline.
 */
import { bonusFor, solveBMatching } from './b-matching.ts';
import { MinCostFlow } from './min-cost-flow.ts';
import type { TimetableState } from './timetable-state.ts';

const WEIGHT_EPS = 1e-9;

export interface LocalSearchOptions {
	deadline: number;
	now: () => number;
	/** Drives the choice of neighbourhoods (seeded: runs are reproducible). */
	random: () => number;
	/** A proven bound: once reached (hard-rule units, then weight) nothing can improve. */
	target: { bonus: number; weight: number };
}

/**
 * Descends to a local optimum, then ruins and recreates neighbourhoods (a chancegiver
 * and every innovator it meets) until the deadline or the proven bound, keeping a change
 * when the timetable is at least as good (equal moves let the search drift across
 * plateaus; accepting worse ones did not pay off on generated instances).
 */
export function improveByLocalSearch(state: TimetableState, options: LocalSearchOptions): void {
	const { deadline, now, random, target } = options;
	descend(state, deadline, now);
	const nC = state.model.chancegiverIds.length;
	let bonus = state.bonusMet();
	while (nC > 0 && now() < deadline) {
		if (bonus >= target.bonus && state.weight >= target.weight - WEIGHT_EPS) break;
		const weightBefore = state.weight;
		const snapshot = Int32Array.from(state.pairSlot);
		ruinAndRecreate(state, Math.floor(random() * nC), random);
		const bonusAfter = state.bonusMet();
		if (bonusAfter < bonus || (bonusAfter === bonus && state.weight < weightBefore - WEIGHT_EPS)) {
			state.restore(snapshot);
		} else {
			bonus = bonusAfter;
		}
	}
}

/** Frees chancegiver c and every innovator it meets, then refills slots and people exactly. */
function ruinAndRecreate(state: TimetableState, c: number, random: () => number): void {
	const m = state.model;
	const innovators: number[] = [];
	for (const p of m.chancegiverPairs[c]) if (state.pairSlot[p] >= 0) innovators.push(m.pairInnovator[p]);
	for (const i of innovators) for (const p of m.innovatorPairs[i]) if (!state.fixed[p]) state.remove(p);
	for (const p of m.chancegiverPairs[c]) if (!state.fixed[p]) state.remove(p);
	for (let k = innovators.length - 1; k > 0; k--) {
		const j = Math.floor(random() * (k + 1));
		[innovators[k], innovators[j]] = [innovators[j], innovators[k]];
	}
	if (slotMovesAffordable(state) && random() < SLOT_RECREATE_SHARE) {
		const firstSlot = Math.floor(random() * m.slots);
		for (let k = 0; k < m.slots; k++) resolveSlot(state, (firstSlot + k) % m.slots);
	} else {
		// The same slot by slot, but only over the freed people's pairs: a small flow.
		const candidates: number[] = [...m.chancegiverPairs[c]];
		for (const i of innovators) candidates.push(...m.innovatorPairs[i]);
		const firstSlot = Math.floor(random() * m.slots);
		for (let k = 0; k < m.slots; k++) resolveSlot(state, (firstSlot + k) % m.slots, candidates);
	}
	for (const i of innovators) resolveInnovator(state, i);
	resolveChancegiver(state, c);
	for (const i of innovators) resolveInnovator(state, i);
}

/**
 * A slot move solves a b-matching over every pair present in that slot: cheap up to a
 * few ten thousand pairs, seconds beyond, and it cannot be interrupted at the deadline.
 */
const SLOT_MOVE_MAX_PAIRS = 40_000;
/**
 * Share of ruin-and-recreate steps that also re-solve every slot: slot moves see more,
 * person moves are a hundred times cheaper; a quarter did best on generated instances.
 */
const SLOT_RECREATE_SHARE = 0.25;

function slotMovesAffordable(state: TimetableState): boolean {
	return state.model.pairScore.length <= SLOT_MOVE_MAX_PAIRS;
}

/** Rounds of slot, innovator and chancegiver moves until no move helps or time is up. */
function descend(state: TimetableState, deadline: number, now: () => number): void {
	const m = state.model;
	for (;;) {
		let improved = false;
		for (let t = 0; t < m.slots && slotMovesAffordable(state); t++) {
			if (now() >= deadline) return;
			improved = resolveSlot(state, t) || improved;
		}
		for (let i = 0; i < m.innovatorIds.length; i++) {
			if ((i & 15) === 0 && now() >= deadline) return;
			improved = resolveInnovator(state, i) || improved;
		}
		for (let c = 0; c < m.chancegiverIds.length; c++) {
			if ((c & 15) === 0 && now() >= deadline) return;
			improved = resolveChancegiver(state, c) || improved;
		}
		if (!improved) return;
	}
}

/** Hard-rule units of innovator i: floors reached and must-meet pairs scheduled. */
function innovatorBonus(state: TimetableState, i: number): number {
	const m = state.model;
	let met = Math.min(state.innovatorCount[i], m.minMeetings) + Math.min(state.funderCount[i], m.minFunders);
	for (const p of m.innovatorPairs[i]) if (m.pairMust[p] && state.pairSlot[p] >= 0) met++;
	return met;
}

function better(bonusAfter: number, weightAfter: number, bonusBefore: number, weightBefore: number) {
	return bonusAfter > bonusBefore || (bonusAfter === bonusBefore && weightAfter > weightBefore + WEIGHT_EPS);
}

function integralEps(weights: number[]): number {
	return weights.every(Number.isInteger) ? 0.5 : 1e-7;
}

/** Re-solves slot t as a b-matching of innovators' free seats against free chancegivers. */
export function resolveSlot(state: TimetableState, t: number, candidates?: ArrayLike<number>): boolean {
	const m = state.model;
	const T = m.slots;
	const nI = m.innovatorIds.length;
	const nC = m.chancegiverIds.length;
	const bonusBefore = candidates ? 0 : state.bonusMet();
	const weightBefore = state.weight;
	if (!candidates) {
		for (let c = 0; c < nC; c++) {
			const p = state.busy[c * T + t];
			if (p >= 0 && !state.fixed[p]) state.remove(p);
		}
	}
	const leftCapacity = new Int32Array(nI);
	const leftFloor = new Int32Array(nI);
	const leftFunderFloor = new Int32Array(nI);
	for (let i = 0; i < nI; i++) {
		if (!m.innovatorAvailable[i * T + t]) continue;
		leftCapacity[i] = Math.min(m.seats[i] - state.load[i * T + t], m.innovatorCapacity[i] - state.innovatorCount[i]);
		leftFloor[i] = m.minMeetings - state.innovatorCount[i];
		leftFunderFloor[i] = m.minFunders - state.funderCount[i];
	}
	const rightCapacity = new Int32Array(nC);
	for (let c = 0; c < nC; c++) {
		const free = m.chancegiverAvailable[c * T + t] && state.busy[c * T + t] < 0;
		rightCapacity[c] = free && state.chancegiverCount[c] < m.chancegiverCapacity[c] ? 1 : 0;
	}
	const edges: number[] = [];
	const consider = (p: number) => {
		if (state.pairSlot[p] < 0 && leftCapacity[m.pairInnovator[p]] > 0 && rightCapacity[m.pairChancegiver[p]] > 0) {
			edges.push(p);
		}
	};
	if (candidates) for (let k = 0; k < candidates.length; k++) consider(candidates[k]);
	else for (let p = 0; p < m.pairScore.length; p++) consider(p);
	const result = solveBMatching({
		leftCount: nI,
		rightCount: nC,
		leftCapacity,
		leftFloor,
		leftFunderFloor,
		rightCapacity,
		rightIsFunder: m.isFunder,
		edgeLeft: edges.map((p) => m.pairInnovator[p]),
		edgeRight: edges.map((p) => m.pairChancegiver[p]),
		edgeWeight: edges.map((p) => m.pairScore[p]),
		edgeForced: edges.map((p) => m.pairMust[p])
	});
	edges.forEach((p, e) => {
		if (result.chosen[e]) state.place(p, t);
	});
	if (candidates) return state.weight > weightBefore + WEIGHT_EPS;
	return better(state.bonusMet(), state.weight, bonusBefore, weightBefore);
}

/** Re-solves innovator i's meetings: which chancegivers, in which slots. */
export function resolveInnovator(state: TimetableState, i: number): boolean {
	const m = state.model;
	const T = m.slots;
	const bonusBefore = innovatorBonus(state, i);
	const weightBefore = state.weight;
	for (const p of m.innovatorPairs[i]) if (state.pairSlot[p] >= 0 && !state.fixed[p]) state.remove(p);
	const candidates: number[] = [];
	for (const p of m.innovatorPairs[i]) {
		const c = m.pairChancegiver[p];
		if (state.pairSlot[p] < 0 && state.chancegiverCount[c] < m.chancegiverCapacity[c]) candidates.push(p);
	}
	const weights = candidates.map((p) => m.pairScore[p]);
	const bonus = bonusFor(weights.reduce((a, b) => a + b, 0));
	const k = candidates.length;
	const flow = new MinCostFlow(4 + k + T, 4 + k * (T + 1) + T);
	const [source, sink, hub, funderHub] = [0, 1, 2, 3];
	const total = m.innovatorCapacity[i] - state.innovatorCount[i];
	const floor = Math.min(total, Math.max(0, m.minMeetings - state.innovatorCount[i]));
	const funderFloor = Math.min(total, Math.max(0, m.minFunders - state.funderCount[i]));
	if (floor > 0) flow.addArc(source, hub, floor, -bonus);
	if (total > floor) flow.addArc(source, hub, total - floor, 0);
	if (funderFloor > 0) flow.addArc(hub, funderHub, funderFloor, -bonus);
	flow.addArc(hub, funderHub, Math.max(0, total), 0);
	for (let t = 0; t < T; t++) {
		const free = m.seats[i] - state.load[i * T + t];
		if (free > 0 && m.innovatorAvailable[i * T + t]) flow.addArc(4 + k + t, sink, free, 0);
	}
	const slotArcs: { arc: number; p: number; t: number }[] = [];
	candidates.forEach((p, index) => {
		const c = m.pairChancegiver[p];
		flow.addArc(m.isFunder[c] ? funderHub : hub, 4 + index, 1, -(m.pairScore[p] + m.pairMust[p] * bonus));
		for (const t of m.pairSlots[p]) {
			if (state.busy[c * T + t] < 0) slotArcs.push({ arc: flow.addArc(4 + index, 4 + k + t, 1, 0), p, t });
		}
	});
	flow.run(source, sink, integralEps(weights));
	for (const { arc, p, t } of slotArcs) if (flow.flowOn(arc) > 0) state.place(p, t);
	return better(innovatorBonus(state, i), state.weight, bonusBefore, weightBefore);
}

/** Re-solves chancegiver c's meetings: which tables, in which slots. */
export function resolveChancegiver(state: TimetableState, c: number): boolean {
	const m = state.model;
	const T = m.slots;
	const innovators = [...new Set(Array.from(m.chancegiverPairs[c], (p) => m.pairInnovator[p]))];
	const localBonus = () => innovators.reduce((sum, i) => sum + innovatorBonus(state, i), 0);
	const bonusBefore = localBonus();
	const weightBefore = state.weight;
	for (const p of m.chancegiverPairs[c]) if (state.pairSlot[p] >= 0 && !state.fixed[p]) state.remove(p);
	const candidates: number[] = [];
	for (const p of m.chancegiverPairs[c]) {
		const i = m.pairInnovator[p];
		if (state.pairSlot[p] < 0 && state.innovatorCount[i] < m.innovatorCapacity[i]) candidates.push(p);
	}
	const weights = candidates.map((p) => m.pairScore[p]);
	const bonus = bonusFor(weights.reduce((a, b) => a + b, 0));
	const k = candidates.length;
	const flow = new MinCostFlow(3 + k + T, 3 + k * (T + 1) + T);
	const [source, sink, hub] = [0, 1, 2];
	flow.addArc(source, hub, Math.max(0, m.chancegiverCapacity[c] - state.chancegiverCount[c]), 0);
	for (let t = 0; t < T; t++) {
		if (m.chancegiverAvailable[c * T + t] && state.busy[c * T + t] < 0) flow.addArc(3 + k + t, sink, 1, 0);
	}
	const slotArcs: { arc: number; p: number; t: number }[] = [];
	candidates.forEach((p, index) => {
		const i = m.pairInnovator[p];
		const units =
			m.pairMust[p] +
			(state.innovatorCount[i] < m.minMeetings ? 1 : 0) +
			(m.isFunder[c] && state.funderCount[i] < m.minFunders ? 1 : 0);
		flow.addArc(hub, 3 + index, 1, -(m.pairScore[p] + units * bonus));
		for (const t of m.pairSlots[p]) {
			if (state.load[i * T + t] < m.seats[i]) slotArcs.push({ arc: flow.addArc(3 + index, 3 + k + t, 1, 0), p, t });
		}
	});
	flow.run(source, sink, integralEps(weights));
	for (const { arc, p, t } of slotArcs) if (flow.flowOn(arc) > 0) state.place(p, t);
	return better(localBonus(), state.weight, bonusBefore, weightBefore);
}
