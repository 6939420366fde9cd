/**
 * Rule violations of the peer-learning ledger. Each carries a stable `code` that the
 * server maps onto its AppError codes (credit_floor → 409, invalid_state → 409,
 * unprocessable → 422), so the domain stays free of HTTP.
 */

export type PeerLedgerErrorCode = 'credit_floor' | 'invalid_state' | 'unprocessable';

export abstract class PeerLedgerError extends Error {
	abstract readonly code: PeerLedgerErrorCode;
	abstract readonly details: Record<string, unknown>;
}

/** What the contract puts in a 409 `credit_floor`: the first receiver without room. */
export type CreditFloorDetails = {
	receiver: string;
	/** Sum of the receiver's ledger entries. */
	balance: number;
	/** Points held by the receiver's other planned sessions (positive). */
	reserved: number;
	/** balance − reserved. */
	available: number;
	floor: number;
};

export class CreditFloorError extends PeerLedgerError {
	readonly code = 'credit_floor';
	constructor(readonly details: CreditFloorDetails) {
		super(
			`Receiver ${details.receiver} has no room: ${details.available} available, floor ${details.floor}`
		);
		this.name = 'CreditFloorError';
	}
}

export class GiverIsReceiverError extends PeerLedgerError {
	readonly code = 'unprocessable';
	readonly details: { giver: string };
	constructor(giver: string) {
		super('The giver of a session cannot also be one of its receivers');
		this.name = 'GiverIsReceiverError';
		this.details = { giver };
	}
}

/** A transition the session's status does not allow (e.g. cancelling a completed one). */
export class SessionStateError extends PeerLedgerError {
	readonly code = 'invalid_state';
	readonly details: { session: string; status: string; action: string };
	constructor(session: string, status: string, action: 'complete' | 'cancel') {
		super(`A ${status} session cannot be ${action === 'complete' ? 'completed' : 'cancelled'}`);
		this.name = 'SessionStateError';
		this.details = { session, status, action };
	}
}

/** Input the rules refuse outright: no receivers, duplicates, no reason, fractional points. */
export class LedgerInputError extends PeerLedgerError {
	readonly code = 'unprocessable';
	readonly details: { field: string };
	constructor(field: string, message: string) {
		super(message);
		this.name = 'LedgerInputError';
		this.details = { field };
	}
}
