/**
 * A peer session's life: planned (points reserved) → completed (points booked) or
 * cancelled (points released). Completing twice books nothing the second time.
 */
import { assertReceiversHaveRoom, assertValidParties, type SessionParties } from './floor.ts';
import { SessionStateError } from './errors.ts';
import type { AccountPosition, LedgerEntryDraft, PeerSession } from './model.ts';
import type { LedgerRules } from './rules.ts';

/**
 * Plans a session whole or not at all: validates the parties, checks every receiver
 * against the floor, and returns the planned session carrying the cost and floor of
 * `rules` (the rules in force when it was planned).
 */
export function planSession(
	id: string,
	parties: SessionParties,
	positionOf: (person: string) => AccountPosition,
	rules: Pick<LedgerRules, 'pointsPerSession' | 'floor'>
): PeerSession {
	assertValidParties(parties);
	assertReceiversHaveRoom(parties.receivers, positionOf, rules);
	return {
		id,
		giver: parties.giver,
		receivers: [...parties.receivers],
		status: 'planned',
		cost: rules.pointsPerSession,
		floor: rules.floor
	};
}

/**
 * The entries a completed session must have, no more, no less: each receiver −cost, the
 * giver +cost × receivers. They sum to 0.
 */
export function completionEntries(session: PeerSession): LedgerEntryDraft[] {
	const entry = (account: string, points: number): LedgerEntryDraft => ({
		session: session.id,
		account,
		points,
		kind: 'session',
		reason: null,
		author: null
	});
	return [
		...session.receivers.map((receiver) => entry(receiver, -session.cost)),
		entry(session.giver, session.cost * session.receivers.length)
	];
}

export type CompleteDecision =
	{ action: 'complete'; entries: LedgerEntryDraft[] } | { action: 'none' };

/**
 * What completing does: a planned session becomes completed with its entries; a
 * completed one is left as it is (idempotent, nothing is booked twice); a cancelled one
 * cannot be completed. Does not depend on the session's date.
 */
export function decideComplete(session: PeerSession): CompleteDecision {
	switch (session.status) {
		case 'planned':
			return { action: 'complete', entries: completionEntries(session) };
		case 'completed':
			return { action: 'none' };
		case 'cancelled':
			throw new SessionStateError(session.id, session.status, 'complete');
	}
}

export type CancelDecision = { action: 'cancel' } | { action: 'none' };

/**
 * What cancelling does: a planned session is cancelled (its reservation is released, as
 * reservations are derived from planned sessions); a cancelled one stays cancelled; a
 * completed one cannot be cancelled (its points moved; undo them with a correction).
 */
export function decideCancel(session: PeerSession): CancelDecision {
	switch (session.status) {
		case 'planned':
			return { action: 'cancel' };
		case 'cancelled':
			return { action: 'none' };
		case 'completed':
			throw new SessionStateError(session.id, session.status, 'cancel');
	}
}
