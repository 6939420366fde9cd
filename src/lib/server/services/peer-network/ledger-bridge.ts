/**
 * Between the network and the ledger. Points move only through the ledger's services;
 * they are staff-only, so the network calls them as a system actor that names the person
 * who acted (the network's own audit row names them too). A ledger `credit_floor` becomes
 * a plain sentence in the reader's language, never a code.
 */
import { systemActor, actorLabel, type Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { pointsToEarn, roomState, sessionsLeft } from '../../../domain/peer-network/room.ts';
import type { CreditFloorDetails } from '../../../domain/peer-ledger/errors.ts';
import { getPersonBalance } from '../peer-ledger/read-ledger.ts';
import { ledgerRulesAt } from '../peer-ledger/ledger-rules.ts';
import { onBehalfOf } from '../peer-ledger/ledger-author.ts';

/** The ledger books the entries to `actor` (its author), the audit log names the network. */
export const ledgerActor = (actor: Actor) => onBehalfOf(`peer-network: ${actorLabel(actor)}`, actor);

export interface Room {
	balance: number;
	reserved: number;
	available: number;
	given: number;
	received: number;
	cost: number;
	floor: number;
	sessionsLeft: number;
	state: ReturnType<typeof roomState>;
	pointsToEarn: number;
}

/** A person's balance with the room they have left under the rules in force now. */
export async function readRoom(db: Db, personId: string, now: Date = new Date()): Promise<Room> {
	const summary = await getPersonBalance(db, systemActor('peer-network'), personId);
	const rules = await ledgerRulesAt(db, now);
	const input = { available: summary.available, cost: rules.pointsPerSession, floor: rules.floor };
	return {
		...summary,
		cost: rules.pointsPerSession,
		floor: rules.floor,
		sessionsLeft: sessionsLeft(input),
		state: roomState(input),
		pointsToEarn: pointsToEarn(input)
	};
}

/** The plain refusal: why this person cannot receive now, and what to do about it. */
export function floorRefusal(
	locale: Locale,
	details: { available: number; floor: number; cost: number },
	self: boolean,
	name = ''
): AppError {
	const params = {
		available: details.available,
		floor: details.floor,
		cost: details.cost,
		earn: pointsToEarn(details),
		name
	};
	const message = translate(
		locale,
		self ? 'peerNetwork.floorReachedSelf' : 'peerNetwork.floorReachedOther',
		params
	);
	return new AppError('credit_floor', message, { ...params, fields: { form: [message] } });
}

/** Refuses early (before anyone is asked) when the receiver has no room for one more session. */
export async function assertRoomToReceive(
	db: Db,
	personId: string,
	locale: Locale,
	self: boolean,
	name = '',
	now: Date = new Date()
): Promise<void> {
	const room = await readRoom(db, personId, now);
	if (room.sessionsLeft === 0) throw floorRefusal(locale, room, self, name);
}

/** Turns the ledger's 409 credit_floor into the plain refusal; other errors pass unchanged. */
export function plainFloorError(
	error: unknown,
	locale: Locale,
	cost: number,
	selfPersonId: string | null,
	names: ReadonlyMap<string, string> = new Map()
): unknown {
	if (!(error instanceof AppError) || error.code !== 'credit_floor') return error;
	const details = error.details as CreditFloorDetails;
	return floorRefusal(
		locale,
		{ available: details.available, floor: details.floor, cost },
		details.receiver === selfPersonId,
		names.get(details.receiver) ?? ''
	);
}
