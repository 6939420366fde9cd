/**
 * What changed between two timetable versions, per person: who gets a new meeting, loses
 * one, or has one at another time or table. Only these people are notified on publish.
 */
import type { Meeting } from '../../schemas/timetable.ts';

export interface MeetingChange {
	kind: 'added' | 'removed' | 'moved';
	innovator: string;
	chancegiver: string;
	/** Slot in the earlier version (removed, moved). */
	fromSlot?: number;
	/** Slot in the new version (added, moved). */
	toSlot?: number;
}

export interface VersionDiff {
	changes: MeetingChange[];
	/** Participants whose agenda differs, in first-seen order. */
	changedParticipants: string[];
}

const key = (m: Meeting) => `${m.innovator}|${m.chancegiver}`;

/** `before` null: the first publication, everyone with a meeting counts as changed. */
export function diffVersions(before: readonly Meeting[] | null, after: readonly Meeting[]): VersionDiff {
	const old = new Map((before ?? []).map((m) => [key(m), m]));
	const now = new Map(after.map((m) => [key(m), m]));
	const changes: MeetingChange[] = [];
	for (const m of after) {
		const was = old.get(key(m));
		if (!was) changes.push({ kind: 'added', innovator: m.innovator, chancegiver: m.chancegiver, toSlot: m.slot });
		else if (was.slot !== m.slot) {
			changes.push({ kind: 'moved', innovator: m.innovator, chancegiver: m.chancegiver, fromSlot: was.slot, toSlot: m.slot });
		}
	}
	for (const m of before ?? []) {
		if (!now.has(key(m))) changes.push({ kind: 'removed', innovator: m.innovator, chancegiver: m.chancegiver, fromSlot: m.slot });
	}
	const seen = new Set<string>();
	const changedParticipants: string[] = [];
	for (const c of changes) {
		for (const id of [c.innovator, c.chancegiver]) {
			if (!seen.has(id)) {
				seen.add(id);
				changedParticipants.push(id);
			}
		}
	}
	return { changes, changedParticipants };
}
