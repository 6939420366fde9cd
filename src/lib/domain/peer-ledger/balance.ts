/**
 * A person's balance summary, exactly as the API answers it:
 * - `balance`: sum of all the person's entries (sessions, corrections, opening credit);
 * - `reserved`: positive sum of the costs of planned sessions the person receives;
 * - `available`: balance − reserved;
 * - `given`: points earned by giving sessions (positive);
 * - `received`: points paid for receiving sessions (positive).
 * Corrections and the opening credit count in `balance` only, so
 * balance = given − received + corrections + opening credit.
 */
import type { AccountPosition, LedgerEntry, LedgerEntryDraft, PeerSession } from './model.ts';

export interface BalanceSummary {
	balance: number;
	reserved: number;
	available: number;
	given: number;
	received: number;
}

/** Positive points held for `person` by the planned sessions among `sessions`. */
export function reservedFor(person: string, sessions: readonly PeerSession[]): number {
	let reserved = 0;
	for (const session of sessions) {
		if (session.status === 'planned' && session.receivers.includes(person)) {
			reserved += session.cost;
		}
	}
	return reserved;
}

/** Sum of the entries booked on `account`. */
export function balanceOf(account: string, entries: readonly LedgerEntryDraft[]): number {
	let balance = 0;
	for (const entry of entries) if (entry.account === account) balance += entry.points;
	return balance;
}

export function positionOf(
	person: string,
	entries: readonly LedgerEntryDraft[],
	sessions: readonly PeerSession[]
): AccountPosition {
	return { balance: balanceOf(person, entries), reserved: reservedFor(person, sessions) };
}

/** The summary from the person's entries and the sessions they take part in. */
export function balanceSummary(
	person: string,
	entries: readonly (LedgerEntry | LedgerEntryDraft)[],
	sessions: readonly PeerSession[]
): BalanceSummary {
	let balance = 0;
	let given = 0;
	let received = 0;
	for (const entry of entries) {
		if (entry.account !== person) continue;
		balance += entry.points;
		if (entry.kind !== 'session') continue;
		if (entry.points > 0) given += entry.points;
		else received -= entry.points;
	}
	const reserved = reservedFor(person, sessions);
	return { balance, reserved, available: balance - reserved, given, received };
}
