/**
 * The obvious timetable a planner would make by hand, kept only as a baseline for
 * `sif timetable bench`: locked meetings, then must-meet pairs, then every other pair
 * from the highest score down, each in the first common slot where both are free.
 */
import type { Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { buildTimetableModel } from './model.ts';
import { placeLocks } from './placement.ts';
import { TimetableState } from './timetable-state.ts';

export function greedyTimetable(instance: TimetableInstance): { meetings: Meeting[]; objective: number } {
	const model = buildTimetableModel(instance);
	const state = new TimetableState(model);
	placeLocks(state);
	const order = Array.from(model.pairScore.keys()).sort(
		(a, b) => model.pairMust[b] - model.pairMust[a] || model.pairScore[b] - model.pairScore[a]
	);
	for (const p of order) {
		const slot = model.pairSlots[p].find((t) => state.canPlace(p, t));
		if (slot !== undefined) state.place(p, slot);
	}
	return { meetings: state.meetings(), objective: state.weight };
}
