/**
 * The indexed form of a timetable instance the solvers work on: people become numbers,
 * availability becomes flat byte arrays, and each listed pair knows its common slots.
 * Built once from an instance that passed the schema and findInstanceProblems.
 */
import type { TimetableInstance } from '../../schemas/timetable.ts';

export interface TimetableModel {
	slots: number;
	innovatorIds: string[];
	chancegiverIds: string[];
	/** Per innovator: chancegivers its table holds in one slot. */
	seats: Int32Array;
	/** Per innovator: meetings it can have at all, min(maxMeetings, seats × slots present). */
	innovatorCapacity: Int32Array;
	/** Per chancegiver: min(maxMeetings, slots present). */
	chancegiverCapacity: Int32Array;
	/** innovatorAvailable[i * slots + t] = 1 when innovator i is present in slot t. */
	innovatorAvailable: Uint8Array;
	chancegiverAvailable: Uint8Array;
	isFunder: Uint8Array;
	/** Pairs p = 0..n-1: pairInnovator[p], pairChancegiver[p], pairScore[p]. */
	pairInnovator: Int32Array;
	pairChancegiver: Int32Array;
	pairScore: Float64Array;
	pairMust: Uint8Array;
	/** Common slots of each pair, in increasing order. */
	pairSlots: Int32Array[];
	/** Pairs of each innovator / chancegiver. */
	innovatorPairs: Int32Array[];
	chancegiverPairs: Int32Array[];
	/** Locked meetings in input order. */
	locks: { pair: number; slot: number }[];
	minMeetings: number;
	minFunders: number;
	/** True when everyone is present in every slot. */
	fullAvailability: boolean;
	pairOf(innovator: number, chancegiver: number): number;
}

export function buildTimetableModel(instance: TimetableInstance): TimetableModel {
	const slots = instance.slots;
	const nI = instance.innovators.length;
	const nC = instance.chancegivers.length;
	const innovatorIndex = new Map(instance.innovators.map((p, i) => [p.id, i]));
	const chancegiverIndex = new Map(instance.chancegivers.map((p, c) => [p.id, c]));
	const defaultSeats = instance.seats ?? 1;

	let fullAvailability = true;
	const fillAvailability = (available: number[] | undefined, row: Uint8Array, offset: number) => {
		if (!available) {
			row.fill(1, offset, offset + slots);
			return slots;
		}
		for (const t of available) row[offset + t] = 1;
		let present = 0;
		for (let t = 0; t < slots; t++) present += row[offset + t];
		if (present < slots) fullAvailability = false;
		return present;
	};

	const seats = new Int32Array(nI);
	const innovatorCapacity = new Int32Array(nI);
	const innovatorAvailable = new Uint8Array(nI * slots);
	instance.innovators.forEach((person, i) => {
		seats[i] = person.seats ?? defaultSeats;
		const present = fillAvailability(person.available, innovatorAvailable, i * slots);
		innovatorCapacity[i] = Math.min(person.maxMeetings ?? Infinity, seats[i] * present);
	});
	const chancegiverCapacity = new Int32Array(nC);
	const chancegiverAvailable = new Uint8Array(nC * slots);
	const isFunder = new Uint8Array(nC);
	instance.chancegivers.forEach((person, c) => {
		const present = fillAvailability(person.available, chancegiverAvailable, c * slots);
		chancegiverCapacity[c] = Math.min(person.maxMeetings ?? Infinity, present);
		isFunder[c] = person.role === 'funder' ? 1 : 0;
	});

	const n = instance.scores.length;
	const pairInnovator = new Int32Array(n);
	const pairChancegiver = new Int32Array(n);
	const pairScore = new Float64Array(n);
	const pairMust = new Uint8Array(n);
	const pairSlots: Int32Array[] = new Array(n);
	const pairIndex = new Map<number, number>();
	const innovatorPairLists: number[][] = Array.from({ length: nI }, () => []);
	const chancegiverPairLists: number[][] = Array.from({ length: nC }, () => []);
	const common: number[] = [];
	instance.scores.forEach(([innovatorId, chancegiverId, score], p) => {
		const i = innovatorIndex.get(innovatorId)!;
		const c = chancegiverIndex.get(chancegiverId)!;
		pairInnovator[p] = i;
		pairChancegiver[p] = c;
		pairScore[p] = score;
		pairIndex.set(i * nC + c, p);
		innovatorPairLists[i].push(p);
		chancegiverPairLists[c].push(p);
		common.length = 0;
		for (let t = 0; t < slots; t++) {
			if (innovatorAvailable[i * slots + t] && chancegiverAvailable[c * slots + t]) common.push(t);
		}
		pairSlots[p] = Int32Array.from(common);
	});
	const pairOf = (i: number, c: number) => pairIndex.get(i * nC + c) ?? -1;
	for (const [innovatorId, chancegiverId] of instance.mustMeet ?? []) {
		const p = pairOf(innovatorIndex.get(innovatorId)!, chancegiverIndex.get(chancegiverId)!);
		if (p >= 0) pairMust[p] = 1;
	}
	const locks = (instance.locked ?? []).map(([innovatorId, chancegiverId, slot]) => ({
		pair: pairOf(innovatorIndex.get(innovatorId)!, chancegiverIndex.get(chancegiverId)!),
		slot
	}));

	return {
		slots,
		innovatorIds: instance.innovators.map((p) => p.id),
		chancegiverIds: instance.chancegivers.map((p) => p.id),
		seats,
		innovatorCapacity,
		chancegiverCapacity,
		innovatorAvailable,
		chancegiverAvailable,
		isFunder,
		pairInnovator,
		pairChancegiver,
		pairScore,
		pairMust,
		pairSlots,
		innovatorPairs: innovatorPairLists.map((list) => Int32Array.from(list)),
		chancegiverPairs: chancegiverPairLists.map((list) => Int32Array.from(list)),
		locks,
		minMeetings: instance.minMeetingsPerInnovator ?? 0,
		minFunders: instance.minFundersPerInnovator ?? 0,
		fullAvailability,
		pairOf
	};
}
