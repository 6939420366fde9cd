/**
 * The planner's edits on a draft timetable, as pure functions on its meetings. A cell of
 * the grid is (table = innovator, slot). Moving puts a meeting in another cell (another
 * table makes it a meeting with that innovator); dropping it on another meeting swaps
 * their cells. Edits never check the timetable's rules: validateSchedule shows what an
 * edit broke, and staff decide (decision 082).
 */
export interface PlannedMeeting {
	innovator: string;
	chancegiver: string;
	slot: number;
	locked: boolean;
}

export type PlannerEdit =
	| { kind: 'move'; innovator: string; chancegiver: string; toInnovator: string; toSlot: number }
	| { kind: 'swap'; a: MeetingRef; b: MeetingRef }
	| { kind: 'lock' | 'unlock'; innovator: string; chancegiver: string }
	| { kind: 'remove'; innovator: string; chancegiver: string };

export interface MeetingRef {
	innovator: string;
	chancegiver: string;
}

export class PlannerEditError extends Error {
	constructor(readonly reason: 'noSuchMeeting' | 'pairExists' | 'lockedMeeting' | 'chancegiverBusy') {
		super(reason);
	}
}

const same = (m: MeetingRef, innovator: string, chancegiver: string) =>
	m.innovator === innovator && m.chancegiver === chancegiver;

function find(meetings: readonly PlannedMeeting[], ref: MeetingRef): number {
	const index = meetings.findIndex((m) => same(m, ref.innovator, ref.chancegiver));
	if (index < 0) throw new PlannerEditError('noSuchMeeting');
	return index;
}

/** A chancegiver cannot sit at two tables at once: the one rule an edit may not break. */
function checkNotDoubleBooked(meetings: readonly PlannedMeeting[]): void {
	const seen = new Set<string>();
	for (const m of meetings) {
		const key = `${m.chancegiver}|${m.slot}`;
		if (seen.has(key)) throw new PlannerEditError('chancegiverBusy');
		seen.add(key);
	}
}

/**
 * Returns the new meetings; the input is not changed. Locked meetings must be unlocked
 * to move; a move that puts a chancegiver at two tables at once is refused.
 */
export function applyPlannerEdit(meetings: readonly PlannedMeeting[], edit: PlannerEdit): PlannedMeeting[] {
	const next = meetings.map((m) => ({ ...m }));
	switch (edit.kind) {
		case 'lock':
		case 'unlock': {
			next[find(next, edit)].locked = edit.kind === 'lock';
			return next;
		}
		case 'remove': {
			const index = find(next, edit);
			if (next[index].locked) throw new PlannerEditError('lockedMeeting');
			next.splice(index, 1);
			return next;
		}
		case 'move': {
			const index = find(next, edit);
			if (next[index].locked) throw new PlannerEditError('lockedMeeting');
			if (edit.toInnovator !== edit.innovator && next.some((m) => same(m, edit.toInnovator, edit.chancegiver))) {
				throw new PlannerEditError('pairExists');
			}
			next[index] = { ...next[index], innovator: edit.toInnovator, slot: edit.toSlot };
			checkNotDoubleBooked(next);
			return next;
		}
		case 'swap': {
			const ia = find(next, edit.a);
			const ib = find(next, edit.b);
			const a = next[ia];
			const b = next[ib];
			if (a.locked || b.locked) throw new PlannerEditError('lockedMeeting');
			const movedA = { ...a, innovator: b.innovator, slot: b.slot };
			const movedB = { ...b, innovator: a.innovator, slot: a.slot };
			const others = next.filter((_, i) => i !== ia && i !== ib);
			if (others.some((m) => same(m, movedA.innovator, movedA.chancegiver) || same(m, movedB.innovator, movedB.chancegiver))) {
				throw new PlannerEditError('pairExists');
			}
			if (movedA.innovator === movedB.innovator && movedA.chancegiver === movedB.chancegiver) {
				throw new PlannerEditError('pairExists');
			}
			next[ia] = movedA;
			next[ib] = movedB;
			checkNotDoubleBooked(next);
			return next;
		}
	}
}
