/**
 * Kempe-chain insertion: a pair (i, c) that both still have room for a meeting but share
 * no free slot can often be placed by swapping two slots a and b along the chain
 * c —a— i' —b— c' —a— … (each meeting on it moves from a to b or back). Afterwards c is
 * free in slot a, where i already was. Only one-seat tables are crossed (with more seats
 * the chain is not a path), and every moved meeting must stay within both people's
 * availability; otherwise the timetable is left as it was.
 */
import type { TimetableState } from './timetable-state.ts';

/** Places pair p through one Kempe swap if it can; returns whether p is now placed. */
export function insertByKempeChain(state: TimetableState, p: number): boolean {
	const m = state.model;
	const T = m.slots;
	const i = m.pairInnovator[p];
	const c = m.pairChancegiver[p];
	if (state.pairSlot[p] >= 0) return true;
	if (state.innovatorCount[i] >= m.innovatorCapacity[i] || state.chancegiverCount[c] >= m.chancegiverCapacity[c]) {
		return false;
	}
	for (const a of m.pairSlots[p]) {
		if (state.canPlace(p, a)) {
			state.place(p, a);
			return true;
		}
		const innovatorFree = state.load[i * T + a] < m.seats[i];
		const chancegiverFree = state.busy[c * T + a] < 0;
		for (let b = 0; b < T; b++) {
			if (b === a) continue;
			const swapped =
				innovatorFree && !chancegiverFree && state.busy[c * T + b] < 0
					? swapChain(state, false, c, a, b)
					: !innovatorFree && chancegiverFree && m.seats[i] === 1 && state.load[i * T + b] === 0
						? swapChain(state, true, i, a, b)
						: false;
			if (!swapped) continue;
			if (state.canPlace(p, a)) {
				state.place(p, a);
				return true;
			}
			swapChain(state, !innovatorFree, innovatorFree ? c : i, b, a); // undo
		}
	}
	return false;
}

/**
 * Swaps slots a and b along the chain that starts with the slot-a meeting of `start`
 * (an innovator when startsAtInnovator, else a chancegiver). Returns false, with the
 * timetable unchanged, when the chain meets a locked meeting, a table with more than one
 * seat, or a meeting that cannot move into the other slot.
 */
function swapChain(state: TimetableState, startsAtInnovator: boolean, start: number, a: number, b: number): boolean {
	const m = state.model;
	const T = m.slots;
	const chain: number[] = [];
	const inChain = new Set<number>();
	let onInnovator = startsAtInnovator;
	let person = start;
	let slot = a;
	for (;;) {
		let p = -1;
		if (onInnovator) {
			if (m.seats[person] !== 1) return false;
			for (const q of m.innovatorPairs[person]) {
				if (state.pairSlot[q] === slot) {
					p = q;
					break;
				}
			}
		} else {
			p = state.busy[person * T + slot];
		}
		if (p < 0) break;
		if (state.fixed[p] || inChain.has(p)) return false;
		const other = slot === a ? b : a;
		const i = m.pairInnovator[p];
		const c = m.pairChancegiver[p];
		if (m.seats[i] !== 1 || !m.innovatorAvailable[i * T + other] || !m.chancegiverAvailable[c * T + other]) {
			return false;
		}
		chain.push(p);
		inChain.add(p);
		person = onInnovator ? c : i;
		onInnovator = !onInnovator;
		slot = other;
	}
	const from = chain.map((p) => state.pairSlot[p]);
	for (const p of chain) state.remove(p);
	for (let k = 0; k < chain.length; k++) {
		const target = from[k] === a ? b : a;
		if (!state.canPlace(chain[k], target)) {
			for (let j = 0; j < k; j++) state.remove(chain[j]);
			chain.forEach((q, j) => state.place(q, from[j]));
			return false;
		}
		state.place(chain[k], target);
	}
	return true;
}
