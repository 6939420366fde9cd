/**
 * Turning chosen pairs into slots when people have partial availability or meetings are
 * locked: locks first, then the most constrained pairs, each into a common free slot;
 * a pair that finds none may move one blocking meeting to another slot (one-step repair).
 */
import type { UnmetRule } from '../../schemas/timetable.ts';
import { insertByKempeChain } from './kempe-chain.ts';
import type { TimetableState } from './timetable-state.ts';

/**
 * Places the locked meetings in input order; a lock that conflicts with an earlier one
 * (same chancegiver twice in a slot, a full table, maxMeetings) is reported, not placed.
 */
export function placeLocks(state: TimetableState): UnmetRule[] {
	const m = state.model;
	const unmet: UnmetRule[] = [];
	for (const { pair, slot } of m.locks) {
		const i = m.pairInnovator[pair];
		const c = m.pairChancegiver[pair];
		const who = { innovator: m.innovatorIds[i], chancegiver: m.chancegiverIds[c], slot };
		if (state.canPlace(pair, slot)) {
			state.place(pair, slot);
			state.fixed[pair] = 1;
			continue;
		}
		let reason: string;
		const other = state.busy[c * m.slots + slot];
		if (other >= 0) {
			reason = `${who.chancegiver} is already locked at ${m.innovatorIds[m.pairInnovator[other]]}'s table in slot ${slot}`;
		} else if (state.load[i * m.slots + slot] >= m.seats[i]) {
			reason = `${who.innovator}'s table is already full in slot ${slot} with other locked meetings`;
		} else if (state.innovatorCount[i] >= m.innovatorCapacity[i]) {
			reason = `${who.innovator} already has the maximum number of meetings in other locked meetings`;
		} else {
			reason = `${who.chancegiver} already has the maximum number of meetings in other locked meetings`;
		}
		unmet.push({ kind: 'locked', ...who, reason });
	}
	return unmet;
}

/**
 * Places the given pairs (unplaced ones) as well as it can, like DSatur colouring: the
 * pair with the fewest free common slots goes first (must-meet pairs before all), into
 * the slot that takes the fewest options away from the pairs still waiting; a pair left
 * without a free slot gets a one-step repair. Returns how many it placed.
 */
export function placePairs(state: TimetableState, pairs: ArrayLike<number>): number {
	const m = state.model;
	const T = m.slots;
	const waiting = Array.from(pairs).filter((p) => state.pairSlot[p] < 0);
	const isWaiting = new Uint8Array(m.pairScore.length);
	for (const p of waiting) isWaiting[p] = 1;
	const options = new Int32Array(m.pairScore.length);
	const countOptions = (p: number) => {
		let n = 0;
		for (const t of m.pairSlots[p]) if (state.canPlace(p, t)) n++;
		options[p] = n;
	};
	for (const p of waiting) countOptions(p);
	// How many waiting pairs of i and of c could still use slot t: the cost of taking it.
	const damage = (p: number, t: number) => {
		let n = 0;
		for (const q of m.innovatorPairs[m.pairInnovator[p]]) if (isWaiting[q] && q !== p && state.canPlace(q, t)) n++;
		for (const q of m.chancegiverPairs[m.pairChancegiver[p]]) if (isWaiting[q] && q !== p && state.canPlace(q, t)) n++;
		return n;
	};
	let placed = 0;
	let remaining = waiting.length;
	while (remaining > 0) {
		let best = -1;
		for (const p of waiting) {
			if (!isWaiting[p]) continue;
			if (
				best < 0 ||
				m.pairMust[p] > m.pairMust[best] ||
				(m.pairMust[p] === m.pairMust[best] &&
					(options[p] < options[best] || (options[p] === options[best] && m.pairScore[p] > m.pairScore[best])))
			) {
				best = p;
			}
		}
		isWaiting[best] = 0;
		remaining--;
		let slot = -1;
		let slotDamage = Infinity;
		for (const t of m.pairSlots[best]) {
			if (!state.canPlace(best, t)) continue;
			const d = damage(best, t) - state.load[m.pairInnovator[best] * T + t] * 1e-3;
			if (d < slotDamage) {
				slotDamage = d;
				slot = t;
			}
		}
		if (slot >= 0) state.place(best, slot);
		if (slot >= 0 || placeWithRepair(state, best) || insertByKempeChain(state, best)) {
			placed++;
			for (const q of m.innovatorPairs[m.pairInnovator[best]]) if (isWaiting[q]) countOptions(q);
			for (const q of m.chancegiverPairs[m.pairChancegiver[best]]) if (isWaiting[q]) countOptions(q);
		}
	}
	return placed;
}

/** Moves one meeting that blocks p in some slot to another slot, then places p. */
function placeWithRepair(state: TimetableState, p: number): boolean {
	const m = state.model;
	const i = m.pairInnovator[p];
	const c = m.pairChancegiver[p];
	const T = m.slots;
	if (state.innovatorCount[i] >= m.innovatorCapacity[i]) return false;
	if (state.chancegiverCount[c] >= m.chancegiverCapacity[c]) return false;
	for (const t of m.pairSlots[p]) {
		const moved: [number, number][] = [];
		let ok = true;
		const blocker = state.busy[c * T + t];
		if (blocker >= 0) ok = moveElsewhere(state, blocker, t, moved);
		if (ok && state.load[i * T + t] >= m.seats[i]) {
			ok = false;
			for (const q of m.innovatorPairs[i]) {
				if (state.pairSlot[q] === t && moveElsewhere(state, q, t, moved)) {
					ok = true;
					break;
				}
			}
		}
		if (ok && state.canPlace(p, t)) {
			state.place(p, t);
			return true;
		}
		for (let k = moved.length - 1; k >= 0; k--) {
			const [q, from] = moved[k];
			state.remove(q);
			state.place(q, from);
		}
	}
	return false;
}

function moveElsewhere(state: TimetableState, q: number, from: number, moved: [number, number][]): boolean {
	if (state.fixed[q]) return false;
	state.remove(q);
	for (const t of state.model.pairSlots[q]) {
		if (t !== from && state.canPlace(q, t)) {
			state.place(q, t);
			moved.push([q, from]);
			return true;
		}
	}
	state.place(q, from);
	return false;
}
