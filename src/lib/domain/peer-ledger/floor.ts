/**
 * The planning check: may these receivers take part in one more session? This is the
 * rule; making it hold under concurrency is the caller's job (the server runs it on
 * account rows it holds locked, inside the transaction that books the reservation).
 */
import { CreditFloorError, GiverIsReceiverError, LedgerInputError } from './errors.ts';
import { FACTORY_ACCOUNT, type AccountPosition } from './model.ts';
import type { LedgerRules } from './rules.ts';

export interface SessionParties {
	giver: string;
	receivers: readonly string[];
}

/**
 * Throws unless the parties form a valid session: at least one receiver, no receiver
 * twice, the giver not among the receivers, nobody being the Factory account.
 */
export function assertValidParties({ giver, receivers }: SessionParties): void {
	if (receivers.length === 0) {
		throw new LedgerInputError('receivers', 'A session needs at least one receiver');
	}
	if (giver === FACTORY_ACCOUNT || receivers.includes(FACTORY_ACCOUNT)) {
		throw new LedgerInputError('giver', 'The Factory account cannot give or receive sessions');
	}
	if (new Set(receivers).size !== receivers.length) {
		throw new LedgerInputError('receivers', 'A receiver is listed more than once');
	}
	if (receivers.includes(giver)) throw new GiverIsReceiverError(giver);
}

/**
 * Throws {@link CreditFloorError} for the first receiver (in the order given) for whom
 * `balance − reserved − cost < floor`; returns normally when every receiver has room.
 * Invariant kept: after booking the reservation, every receiver's available points
 * (balance − reserved) are at or above the floor.
 */
export function assertReceiversHaveRoom(
	receivers: readonly string[],
	positionOf: (person: string) => AccountPosition,
	rules: Pick<LedgerRules, 'pointsPerSession' | 'floor'>
): void {
	for (const receiver of receivers) {
		const { balance, reserved } = positionOf(receiver);
		const available = balance - reserved;
		if (available - rules.pointsPerSession < rules.floor) {
			throw new CreditFloorError({ receiver, balance, reserved, available, floor: rules.floor });
		}
	}
}
