/**
 * The day's blocks in time: an optional pitch block (small format), then meeting slots of
 * equal length with a changeover gap, and one optional break. Times are Brussels wall
 * clock times turned into instants, so summer and winter time are both right.
 */

export interface DayBlocksInput {
	/** YYYY-MM-DD, the day in Brussels. */
	date: string;
	/** HH:MM, when the first block starts. */
	start: string;
	slotCount: number;
	slotMinutes: number;
	/** Minutes between two meeting slots (changing tables). */
	gapMinutes: number;
	/** Pitches before the first meeting slot (small format); 0 = none. */
	pitchMinutes: number;
	/** A break after this many meeting slots (0 = no break). */
	breakAfter: number;
	breakMinutes: number;
}

export interface DayBlock {
	position: number;
	kind: 'meeting' | 'break' | 'pitch';
	/** Timetable slot number of a meeting block, else null. */
	slotNumber: number | null;
	startsAt: Date;
	endsAt: Date;
}

const MINUTE = 60_000;

/**
 * The UTC instant of a Brussels wall-clock time. Invariant: formatting the result in
 * Europe/Brussels gives back `date` and `time` (for times that exist on that day).
 */
export function brusselsTime(date: string, time: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const guess = Date.UTC(y, m - 1, d, hh, mm);
	// The offset at the guess, then once more at the corrected instant (DST edges).
	let result = guess - offsetMinutes(new Date(guess)) * MINUTE;
	result = guess - offsetMinutes(new Date(result)) * MINUTE;
	return new Date(result);
}

/** Minutes Brussels is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Brussels',
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((local - Math.floor(instant.getTime() / MINUTE) * MINUTE) / MINUTE);
}

export function buildDayBlocks(input: DayBlocksInput): DayBlock[] {
	const blocks: DayBlock[] = [];
	let at = brusselsTime(input.date, input.start).getTime();
	const push = (kind: DayBlock['kind'], minutes: number, slotNumber: number | null) => {
		blocks.push({
			position: blocks.length,
			kind,
			slotNumber,
			startsAt: new Date(at),
			endsAt: new Date(at + minutes * MINUTE)
		});
		at += minutes * MINUTE;
	};
	if (input.pitchMinutes > 0) {
		push('pitch', input.pitchMinutes, null);
		at += input.gapMinutes * MINUTE;
	}
	for (let slot = 0; slot < input.slotCount; slot++) {
		push('meeting', input.slotMinutes, slot);
		const last = slot === input.slotCount - 1;
		if (!last && input.breakAfter > 0 && slot + 1 === input.breakAfter && input.breakMinutes > 0) {
			push('break', input.breakMinutes, null);
		} else if (!last) {
			at += input.gapMinutes * MINUTE;
		}
	}
	return blocks;
}
