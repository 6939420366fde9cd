/**
 * Refilling seats freed by no-shows on the day (decision 083). Every meeting that still
 * stands is kept and locked (past slots are history; later ones are already in people's
 * agendas), the no-shows' later meetings are dropped, and nobody gets a new meeting in a
 * slot that has begun. Floors are dropped: they were the plan's, the day is what it is.
 */
import type { Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { pairKey } from './preferences.ts';

export interface RefillInput {
	instance: TimetableInstance;
	meetings: readonly Meeting[];
	noShowIds: ReadonlySet<string>;
	/** The first slot that has not begun. */
	fromSlot: number;
}

/** Meetings kept: everything before fromSlot, and later ones without a no-show. */
export function keptMeetings(input: Omit<RefillInput, 'instance'>): Meeting[] {
	return input.meetings.filter(
		(m) => m.slot < input.fromSlot || (!input.noShowIds.has(m.innovator) && !input.noShowIds.has(m.chancegiver))
	);
}

export function refillInstance(input: RefillInput): TimetableInstance {
	const { instance, fromSlot, noShowIds } = input;
	const kept = keptMeetings(input);
	const keptSlots = new Map<string, Set<number>>();
	for (const m of kept) {
		for (const id of [m.innovator, m.chancegiver]) {
			const set = keptSlots.get(id) ?? new Set<number>();
			set.add(m.slot);
			keptSlots.set(id, set);
		}
	}
	const all = Array.from({ length: instance.slots }, (_, t) => t);
	const availability = (id: string, available: number[] | undefined) => {
		const own = keptSlots.get(id) ?? new Set<number>();
		const future = noShowIds.has(id) ? [] : (available ?? all).filter((t) => t >= fromSlot);
		return [...new Set([...own, ...future])].sort((a, b) => a - b);
	};
	const met = new Set(kept.map((m) => pairKey(m.innovator, m.chancegiver)));
	const scores = instance.scores.filter(([i, c]) => met.has(pairKey(i, c)) || (!noShowIds.has(i) && !noShowIds.has(c)));
	const listed = new Set(scores.map(([i, c]) => pairKey(i, c)));
	// A meeting staff placed by hand may be an unscored pair; as a lock it must be listed.
	for (const m of kept) {
		if (!listed.has(pairKey(m.innovator, m.chancegiver))) {
			scores.push([m.innovator, m.chancegiver, 1]);
			listed.add(pairKey(m.innovator, m.chancegiver));
		}
	}
	return {
		slots: instance.slots,
		seats: instance.seats,
		innovators: instance.innovators.map((p) => ({ ...p, available: availability(p.id, p.available) })),
		chancegivers: instance.chancegivers.map((p) => ({ ...p, available: availability(p.id, p.available) })),
		scores,
		mustMeet: (instance.mustMeet ?? []).filter(
			([i, c]) => !noShowIds.has(i) && !noShowIds.has(c) && !met.has(pairKey(i, c))
		),
		locked: kept.map((m) => [m.innovator, m.chancegiver, m.slot] as [string, string, number])
	};
}
