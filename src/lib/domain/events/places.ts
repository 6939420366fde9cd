/**
 * Places at an event or a workshop, first come first served (pure). The service calls
 * these while it holds the event row `FOR UPDATE`, so the counts it passes are exact.
 */
export type PlaceStatus = 'confirmed' | 'waitlisted';

/** A newcomer is confirmed while confirmed places remain, else waitlisted. */
export function placeFor(capacity: number, confirmed: number): PlaceStatus {
	return confirmed < capacity ? 'confirmed' : 'waitlisted';
}

export interface Waiting {
	id: string;
	/** Arrival order (the registration's sequence number). */
	seq: number;
}

/**
 * Who moves up from the waitlist when places free up: the earliest arrivals, as many as
 * there are free places (capacity − confirmed, never negative). Invariant: the result is
 * a prefix of the waitlist in arrival order and never makes confirmed exceed capacity.
 */
export function toPromote<W extends Waiting>(capacity: number, confirmed: number, waitlist: readonly W[]): W[] {
	const free = Math.max(0, capacity - confirmed);
	return [...waitlist].sort((a, b) => a.seq - b.seq).slice(0, free);
}

/** 1-based position on the waitlist, or null when not on it. */
export function waitlistPosition(id: string, waitlist: readonly Waiting[]): number | null {
	const sorted = [...waitlist].sort((a, b) => a.seq - b.seq);
	const index = sorted.findIndex((w) => w.id === id);
	return index < 0 ? null : index + 1;
}

export const eventTypes = [
	'system_shakers',
	'vision_session',
	'co_creation',
	'idea_campaign',
	'info_session',
	'other'
] as const;
export type EventType = (typeof eventTypes)[number];

/** Check-in codes avoid look-alike characters (0/O, 1/I/L) so they can be read aloud. */
export const CHECKIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Turns random bytes into a check-in code (the caller supplies the randomness). */
export function checkinCodeFrom(bytes: Uint8Array, length = 8): string {
	let code = '';
	for (let i = 0; i < length; i++) code += CHECKIN_ALPHABET[bytes[i % bytes.length] % CHECKIN_ALPHABET.length];
	return code;
}

/** What a typed or scanned code becomes before lookup: upper case, no spaces or dashes. */
export function normaliseCheckinCode(input: string): string {
	const trimmed = input.trim();
	// A scanned ticket QR holds the check-in URL; take its code parameter.
	const fromUrl = /[?&]code=([A-Za-z0-9-]+)/.exec(trimmed);
	return (fromUrl ? fromUrl[1] : trimmed).toUpperCase().replace(/[\s-]/g, '');
}
