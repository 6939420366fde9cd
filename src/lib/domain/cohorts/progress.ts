/**
 * Progress of a cohort member (pure): sessions attended of those held, per kind, and
 * whether the trajectory is done (decision 078): every session held so far — or the
 * cohort's required number — attended, or a staff "completed" mark.
 */
export const cohortKinds = ['startup_club', 'scalers_club', 'thematic_track'] as const;
export type CohortKind = (typeof cohortKinds)[number];

export const sessionKinds = [
	'workshop_business_modelling',
	'workshop_pitching',
	'workshop_stakeholders',
	'masterclass',
	'peer_session',
	'safari'
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const memberStatuses = ['active', 'completed', 'dropped'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export interface SessionFact {
	id: string;
	kind: string;
	startsAt: Date;
}

export interface KindProgress {
	kind: string;
	held: number;
	attended: number;
}

export interface MemberProgress {
	held: number;
	attended: number;
	/** Sessions needed for the certificate. */
	required: number;
	byKind: KindProgress[];
	/** The certificate may be issued. */
	done: boolean;
}

export function memberProgress(
	sessions: readonly SessionFact[],
	presentSessionIds: ReadonlySet<string>,
	opts: { requiredSessions: number | null; status: string; now: Date }
): MemberProgress {
	const held = sessions.filter((s) => s.startsAt.getTime() <= opts.now.getTime());
	const byKind = new Map<string, KindProgress>();
	for (const kind of sessionKinds) byKind.set(kind, { kind, held: 0, attended: 0 });
	let attended = 0;
	for (const s of held) {
		const entry = byKind.get(s.kind) ?? { kind: s.kind, held: 0, attended: 0 };
		entry.held += 1;
		if (presentSessionIds.has(s.id)) {
			entry.attended += 1;
			attended += 1;
		}
		byKind.set(s.kind, entry);
	}
	const required = opts.requiredSessions ?? sessions.length;
	const allHeld = held.length === sessions.length;
	const enough = sessions.length > 0 && attended >= required && (opts.requiredSessions !== null || allHeld);
	const done = opts.status === 'completed' || (opts.status !== 'dropped' && enough);
	return { held: held.length, attended, required, byKind: [...byKind.values()].filter((k) => k.held > 0), done };
}

/** A rate as a whole percentage; 0 when nothing was held. */
export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Check-in codes are typed on phones: upper-case, no spaces, no look-alikes. */
export function normaliseCode(code: string): string {
	return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A code from random bytes (the caller supplies randomness). */
export function codeFromBytes(bytes: Uint8Array, length = 6): string {
	let out = '';
	for (let i = 0; i < length; i++) out += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
	return out;
}
