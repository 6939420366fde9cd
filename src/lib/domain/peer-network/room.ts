/**
 * How many more sessions a member can receive before the floor, in plain numbers, so
 * pages can say "you can receive one more session; then it is your turn to give" instead
 * of showing a code. Pure: the caller passes the balance summary and the rules in force.
 */
export interface RoomInput {
	/** balance − reserved (what planned sessions already hold). */
	available: number;
	/** Points one received session costs now. */
	cost: number;
	/** The lowest balance allowed (≤ 0). */
	floor: number;
}

/** Sessions the member can still receive: 0 means they give first. */
export function sessionsLeft({ available, cost, floor }: RoomInput): number {
	if (cost <= 0) return Number.POSITIVE_INFINITY;
	return Math.max(0, Math.floor((available - floor) / cost));
}

export type RoomState = 'free' | 'lastOne' | 'mustGive';

/** What the member is told: nothing special, a warning before the floor, or "give first". */
export function roomState(input: RoomInput): RoomState {
	const left = sessionsLeft(input);
	if (left === 0) return 'mustGive';
	if (left === 1) return 'lastOne';
	return 'free';
}

/** Points the member must earn (by giving) before they can receive once more. */
export function pointsToEarn({ available, cost, floor }: RoomInput): number {
	return Math.max(0, floor + cost - available);
}
