/**
 * The shapes the peer-learning ledger works on. Points live in accounts: one per person in
 * the network plus the Factory's own account, which is the other side of every opening
 * credit and correction. Entries are append-only; their array order is the order in which
 * they were booked.
 */

/** Account id of the Factory itself; never a person id. */
export const FACTORY_ACCOUNT = 'factory';

export type SessionStatus = 'planned' | 'completed' | 'cancelled';

/** A peer session as the ledger sees it. */
export interface PeerSession {
	id: string;
	giver: string;
	/** Distinct person ids, never including the giver; at least one. */
	receivers: readonly string[];
	status: SessionStatus;
	/** Points each receiver pays, fixed when the session was planned. */
	cost: number;
	/** The floor the session was planned against, kept so history stays explainable. */
	floor: number;
}

/**
 * - `session`: a receiver's payment (negative) or the giver's earning (positive);
 * - `correction`: staff fixing a mistake, paired with the opposite entry on the Factory;
 * - `opening`: the opening credit of a new member, paired with the Factory.
 */
export type LedgerEntryKind = 'session' | 'correction' | 'opening';

/** An entry before it is booked (it gets its id and time from the store). */
export interface LedgerEntryDraft {
	/** The session an entry settles; null for corrections and opening credits. */
	session: string | null;
	/** A person id or {@link FACTORY_ACCOUNT}. */
	account: string;
	/** Non-zero whole points; positive credits the account. */
	points: number;
	kind: LedgerEntryKind;
	/** Why a correction was made; null otherwise. */
	reason: string | null;
	/** Staff member who made a correction; null otherwise. */
	author: string | null;
}

export interface LedgerEntry extends LedgerEntryDraft {
	id: string;
}

/** Everything verifyLedger needs: the sessions and all entries in booking order. */
export interface LedgerState {
	sessions: readonly PeerSession[];
	entries: readonly LedgerEntry[];
}

/** A person's standing as the planning check sees it. */
export interface AccountPosition {
	/** Sum of the account's entries. */
	balance: number;
	/** Positive sum of the costs of planned sessions the person receives. */
	reserved: number;
}
