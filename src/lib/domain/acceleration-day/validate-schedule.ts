/**
 * Checks a schedule against every rule of the timetable contract and returns all broken
 * rules at once (the planner shows them together). Works on ids, independent of the
 * solver's internal model, so it can judge any solver's output.
 */
import type { TimetableInstance, TimetableSchedule } from '../../schemas/timetable.ts';

export type ScheduleViolationKind =
	| 'unlistedPair'
	| 'slotOutOfRange'
	| 'notAvailable'
	| 'chancegiverDoubleBooked'
	| 'tableOverfull'
	| 'pairMeetsTwice'
	| 'maxMeetings'
	| 'locked'
	| 'mustMeet'
	| 'minMeetings'
	| 'minFunders'
	| 'objective';

export interface ScheduleViolation {
	kind: ScheduleViolationKind;
	innovator?: string;
	chancegiver?: string;
	slot?: number;
	message: string;
}

/** Hard rules a schedule may break only when it lists them in `unmet`. */
export const EXCUSABLE_KINDS: ReadonlySet<ScheduleViolationKind> = new Set([
	'locked',
	'mustMeet',
	'minMeetings',
	'minFunders'
]);

export function validateSchedule(
	instance: TimetableInstance,
	schedule: Pick<TimetableSchedule, 'meetings'> & { objective?: number }
): ScheduleViolation[] {
	const violations: ScheduleViolation[] = [];
	const key = (a: string, b: string | number) => `${a}\u0000${b}`;
	const innovators = new Map(instance.innovators.map((p) => [p.id, p]));
	const chancegivers = new Map(instance.chancegivers.map((p) => [p.id, p]));
	const scores = new Map(instance.scores.map(([i, c, s]) => [key(i, c), s]));
	const seatsOf = (id: string) => innovators.get(id)?.seats ?? instance.seats ?? 1;
	const present = (available: number[] | undefined, slot: number) =>
		available === undefined || available.includes(slot);

	const meetingAt = new Map<string, number>(); // pair → slot
	const chancegiverAt = new Map<string, string>(); // chancegiver+slot → innovator
	const tableLoad = new Map<string, number>(); // innovator+slot → chancegivers
	const meetingsOf = new Map<string, number>();
	const fundersOf = new Map<string, number>();
	let objective = 0;

	for (const { innovator, chancegiver, slot } of schedule.meetings) {
		const who = { innovator, chancegiver, slot };
		const score = scores.get(key(innovator, chancegiver));
		if (score === undefined) {
			violations.push({ kind: 'unlistedPair', ...who, message: `${innovator}–${chancegiver} is not a listed pair` });
			continue;
		}
		objective += score;
		if (!Number.isInteger(slot) || slot < 0 || slot >= instance.slots) {
			violations.push({ kind: 'slotOutOfRange', ...who, message: `slot ${slot} does not exist` });
			continue;
		}
		if (!present(innovators.get(innovator)!.available, slot)) {
			violations.push({ kind: 'notAvailable', ...who, message: `${innovator} is not present in slot ${slot}` });
		}
		if (!present(chancegivers.get(chancegiver)!.available, slot)) {
			violations.push({ kind: 'notAvailable', ...who, message: `${chancegiver} is not present in slot ${slot}` });
		}
		const pair = key(innovator, chancegiver);
		if (meetingAt.has(pair)) {
			violations.push({ kind: 'pairMeetsTwice', ...who, message: `${innovator} and ${chancegiver} meet twice` });
		}
		meetingAt.set(pair, slot);
		const seat = key(chancegiver, slot);
		const other = chancegiverAt.get(seat);
		if (other !== undefined) {
			violations.push({
				kind: 'chancegiverDoubleBooked',
				...who,
				message: `${chancegiver} sits at both ${other} and ${innovator} in slot ${slot}`
			});
		}
		chancegiverAt.set(seat, innovator);
		const table = key(innovator, slot);
		const load = (tableLoad.get(table) ?? 0) + 1;
		tableLoad.set(table, load);
		if (load === seatsOf(innovator) + 1) {
			violations.push({ kind: 'tableOverfull', ...who, message: `${innovator}'s table has more than ${seatsOf(innovator)} seats taken in slot ${slot}` });
		}
		meetingsOf.set(innovator, (meetingsOf.get(innovator) ?? 0) + 1);
		meetingsOf.set(key('c', chancegiver), (meetingsOf.get(key('c', chancegiver)) ?? 0) + 1);
		if (chancegivers.get(chancegiver)!.role === 'funder') {
			fundersOf.set(innovator, (fundersOf.get(innovator) ?? 0) + 1);
		}
	}

	for (const person of instance.innovators) {
		const count = meetingsOf.get(person.id) ?? 0;
		if (person.maxMeetings !== undefined && count > person.maxMeetings) {
			violations.push({ kind: 'maxMeetings', innovator: person.id, message: `${person.id} has ${count} meetings, more than ${person.maxMeetings}` });
		}
		const floor = instance.minMeetingsPerInnovator ?? 0;
		if (count < floor) {
			violations.push({ kind: 'minMeetings', innovator: person.id, message: `${person.id} has ${count} meetings, fewer than ${floor}` });
		}
		const funders = fundersOf.get(person.id) ?? 0;
		const funderFloor = instance.minFundersPerInnovator ?? 0;
		if (funders < funderFloor) {
			violations.push({ kind: 'minFunders', innovator: person.id, message: `${person.id} meets ${funders} funders, fewer than ${funderFloor}` });
		}
	}
	for (const person of instance.chancegivers) {
		const count = meetingsOf.get(key('c', person.id)) ?? 0;
		if (person.maxMeetings !== undefined && count > person.maxMeetings) {
			violations.push({ kind: 'maxMeetings', chancegiver: person.id, message: `${person.id} has ${count} meetings, more than ${person.maxMeetings}` });
		}
	}
	for (const [innovator, chancegiver] of instance.mustMeet ?? []) {
		if (!meetingAt.has(key(innovator, chancegiver))) {
			violations.push({ kind: 'mustMeet', innovator, chancegiver, message: `${innovator} and ${chancegiver} must meet but do not` });
		}
	}
	for (const [innovator, chancegiver, slot] of instance.locked ?? []) {
		if (meetingAt.get(key(innovator, chancegiver)) !== slot) {
			violations.push({ kind: 'locked', innovator, chancegiver, slot, message: `${innovator} and ${chancegiver} are locked in slot ${slot} but not scheduled there` });
		}
	}
	if (schedule.objective !== undefined && Math.abs(schedule.objective - objective) > 1e-6 * Math.max(1, objective)) {
		violations.push({ kind: 'objective', message: `objective ${schedule.objective} differs from the sum of scores ${objective}` });
	}
	return violations;
}
