/**
 * Explains, in words a planner understands, each hard rule a finished timetable does not
 * meet. Every missing must-meet pair, lock and floor gets one entry: no wish is dropped
 * silently. (Conflicting locks are explained by placeLocks, which sees the conflict.)
 */
import type { UnmetRule } from '../../schemas/timetable.ts';
import type { TimetableModel } from './model.ts';
import type { TimetableState } from './timetable-state.ts';

export function explainUnmetRules(state: TimetableState): UnmetRule[] {
	const m = state.model;
	const unmet: UnmetRule[] = [];
	for (let p = 0; p < m.pairMust.length; p++) {
		if (!m.pairMust[p] || state.pairSlot[p] >= 0) continue;
		const i = m.pairInnovator[p];
		const c = m.pairChancegiver[p];
		const innovator = m.innovatorIds[i];
		const chancegiver = m.chancegiverIds[c];
		let reason: string;
		if (m.pairSlots[p].length === 0) {
			reason = `no common slot: ${innovator} is present in ${slotList(m, m.innovatorAvailable, i)}, ${chancegiver} in ${slotList(m, m.chancegiverAvailable, c)}`;
		} else if (m.chancegiverCapacity[c] === 0) {
			reason = `${chancegiver} may have no meetings at all (maxMeetings is 0)`;
		} else if (m.innovatorCapacity[i] === 0) {
			reason = `${innovator} may have no meetings at all (maxMeetings is 0)`;
		} else {
			reason = `no free common slot is left for ${innovator} and ${chancegiver} once the other hard rules and locked meetings are in place`;
		}
		unmet.push({ kind: 'mustMeet', innovator, chancegiver, reason });
	}
	for (let i = 0; i < m.innovatorIds.length; i++) {
		const innovator = m.innovatorIds[i];
		if (state.innovatorCount[i] < m.minMeetings) {
			unmet.push({
				kind: 'minMeetings',
				innovator,
				reason: floorReason(m, i, m.minMeetings, state.innovatorCount[i], false)
			});
		}
		if (state.funderCount[i] < m.minFunders) {
			unmet.push({
				kind: 'minFunders',
				innovator,
				reason: floorReason(m, i, m.minFunders, state.funderCount[i], true)
			});
		}
	}
	return unmet;
}

function floorReason(m: TimetableModel, i: number, floor: number, got: number, fundersOnly: boolean): string {
	const innovator = m.innovatorIds[i];
	const what = fundersOnly ? 'funder meetings' : 'meetings';
	let reachable = 0;
	for (const p of m.innovatorPairs[i]) {
		const c = m.pairChancegiver[p];
		if (m.pairSlots[p].length > 0 && m.chancegiverCapacity[c] > 0 && (!fundersOnly || m.isFunder[c])) reachable++;
	}
	if (m.innovatorCapacity[i] < floor) {
		return `${innovator} can have at most ${m.innovatorCapacity[i]} meetings (seats × slots present, or maxMeetings), but ${floor} ${what} are required`;
	}
	if (reachable < floor) {
		const who = fundersOnly ? 'funders' : 'chancegivers';
		return `only ${reachable} ${who} with a score share a slot with ${innovator}, but ${floor} ${what} are required`;
	}
	return `only ${got} of the required ${floor} ${what} fit: the chancegivers ${innovator} can meet are fully booked in the slots they share`;
}

function slotList(m: TimetableModel, available: Uint8Array, person: number): string {
	const slots: number[] = [];
	for (let t = 0; t < m.slots; t++) if (available[person * m.slots + t]) slots.push(t);
	if (slots.length === 0) return 'no slot';
	return `slot${slots.length > 1 ? 's' : ''} ${slots.join(', ')}`;
}
