/**
 * One person's agenda for the day: every block in time order, with their meetings in the
 * meeting slots (an innovator's table may hold several chancegivers at once in group
 * rounds), breaks and pitches, and free slots. Pure: names come in, text goes out elsewhere.
 */
import type { Meeting } from '../../schemas/timetable.ts';

export interface AgendaBlock {
	kind: 'meeting' | 'break' | 'pitch';
	slotNumber: number | null;
	startsAt: Date;
	endsAt: Date;
}

export interface AgendaEntry {
	kind: 'meeting' | 'free' | 'break' | 'pitch';
	slotNumber: number | null;
	startsAt: Date;
	endsAt: Date;
	/** The table of the meeting: always the innovator's. */
	innovatorId?: string;
	/** Who the person meets in this slot (chancegivers for an innovator, one innovator for a chancegiver). */
	counterpartIds: string[];
}

export function assembleAgenda(
	participant: { id: string; side: 'innovator' | 'chancegiver' },
	blocks: readonly AgendaBlock[],
	meetings: readonly Meeting[]
): AgendaEntry[] {
	const mine = meetings.filter((m) =>
		participant.side === 'innovator' ? m.innovator === participant.id : m.chancegiver === participant.id
	);
	const sorted = [...blocks].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
	return sorted.map((block) => {
		const base = { slotNumber: block.slotNumber, startsAt: block.startsAt, endsAt: block.endsAt };
		if (block.kind !== 'meeting') return { ...base, kind: block.kind, counterpartIds: [] };
		const here = mine.filter((m) => m.slot === block.slotNumber);
		if (here.length === 0) return { ...base, kind: 'free', counterpartIds: [] };
		return {
			...base,
			kind: 'meeting',
			innovatorId: here[0].innovator,
			counterpartIds: here
				.map((m) => (participant.side === 'innovator' ? m.chancegiver : m.innovator))
				.sort()
		};
	});
}
