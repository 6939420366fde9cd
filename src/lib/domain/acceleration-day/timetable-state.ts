/**
 * A mutable timetable under construction: which pair meets in which slot, with the
 * per-slot and per-person counters that make every feasibility test O(1).
 *
 * Invariant: every placed meeting respects the structural rules (listed pair, common
 * slot, one table per chancegiver per slot, seats, pair once, maxMeetings); the hard
 * rules with lower bounds (floors, must-meet, locks) are goals tracked by `value()`.
 */
import type { Meeting } from '../../schemas/timetable.ts';
import type { TimetableModel } from './model.ts';

export class TimetableState {
	readonly model: TimetableModel;
	/** Slot of each pair, or -1. */
	readonly pairSlot: Int32Array;
	/** Pair sitting with chancegiver c in slot t at [c * slots + t], or -1. */
	readonly busy: Int32Array;
	/** Chancegivers at innovator i's table in slot t at [i * slots + t]. */
	readonly load: Int32Array;
	readonly innovatorCount: Int32Array;
	readonly chancegiverCount: Int32Array;
	readonly funderCount: Int32Array;
	/** Pairs fixed by accepted locks; local search never moves them. */
	readonly fixed: Uint8Array;
	weight = 0;

	constructor(model: TimetableModel) {
		this.model = model;
		const pairs = model.pairScore.length;
		const nI = model.innovatorIds.length;
		const nC = model.chancegiverIds.length;
		this.pairSlot = new Int32Array(pairs).fill(-1);
		this.busy = new Int32Array(nC * model.slots).fill(-1);
		this.load = new Int32Array(nI * model.slots);
		this.innovatorCount = new Int32Array(nI);
		this.chancegiverCount = new Int32Array(nC);
		this.funderCount = new Int32Array(nI);
		this.fixed = new Uint8Array(pairs);
	}

	/** Whether pair p could be added in slot t without breaking a structural rule. */
	canPlace(p: number, t: number): boolean {
		const m = this.model;
		const i = m.pairInnovator[p];
		const c = m.pairChancegiver[p];
		const T = m.slots;
		return (
			this.pairSlot[p] === -1 &&
			m.innovatorAvailable[i * T + t] === 1 &&
			m.chancegiverAvailable[c * T + t] === 1 &&
			this.busy[c * T + t] === -1 &&
			this.load[i * T + t] < m.seats[i] &&
			this.innovatorCount[i] < m.innovatorCapacity[i] &&
			this.chancegiverCount[c] < m.chancegiverCapacity[c]
		);
	}

	place(p: number, t: number): void {
		const m = this.model;
		const i = m.pairInnovator[p];
		const c = m.pairChancegiver[p];
		this.pairSlot[p] = t;
		this.busy[c * m.slots + t] = p;
		this.load[i * m.slots + t]++;
		this.innovatorCount[i]++;
		this.chancegiverCount[c]++;
		if (m.isFunder[c]) this.funderCount[i]++;
		this.weight += m.pairScore[p];
	}

	remove(p: number): void {
		const m = this.model;
		const t = this.pairSlot[p];
		if (t < 0) return;
		const i = m.pairInnovator[p];
		const c = m.pairChancegiver[p];
		this.pairSlot[p] = -1;
		this.busy[c * m.slots + t] = -1;
		this.load[i * m.slots + t]--;
		this.innovatorCount[i]--;
		this.chancegiverCount[c]--;
		if (m.isFunder[c]) this.funderCount[i]--;
		this.weight -= m.pairScore[p];
	}

	/** Puts the timetable back to a copy of pairSlot taken earlier (fixed pairs never move). */
	restore(snapshot: Int32Array): void {
		for (let p = 0; p < snapshot.length; p++) {
			if (this.pairSlot[p] !== snapshot[p] && this.pairSlot[p] >= 0) this.remove(p);
		}
		for (let p = 0; p < snapshot.length; p++) {
			if (snapshot[p] >= 0 && this.pairSlot[p] < 0) this.place(p, snapshot[p]);
		}
	}

	/** Lower-bound units met (floors, must-meet pairs); compared before weight. */
	bonusMet(): number {
		const m = this.model;
		let met = 0;
		for (let i = 0; i < this.innovatorCount.length; i++) {
			met += Math.min(this.innovatorCount[i], m.minMeetings);
			met += Math.min(this.funderCount[i], m.minFunders);
		}
		for (let p = 0; p < m.pairMust.length; p++) if (m.pairMust[p] && this.pairSlot[p] >= 0) met++;
		return met;
	}

	/** bonusMet() of a timetable meeting every floor (as far as capacity allows) and must-meet pair. */
	bonusWanted(): number {
		const m = this.model;
		let wanted = 0;
		for (const capacity of m.innovatorCapacity) {
			wanted += Math.min(capacity, m.minMeetings) + Math.min(capacity, m.minFunders);
		}
		for (const must of m.pairMust) wanted += must;
		return wanted;
	}

	meetings(): Meeting[] {
		const m = this.model;
		const list: Meeting[] = [];
		for (let p = 0; p < this.pairSlot.length; p++) {
			const slot = this.pairSlot[p];
			if (slot < 0) continue;
			list.push({
				innovator: m.innovatorIds[m.pairInnovator[p]],
				chancegiver: m.chancegiverIds[m.pairChancegiver[p]],
				slot
			});
		}
		return list.sort((a, b) => a.slot - b.slot || a.innovator.localeCompare(b.innovator));
	}
}
