/**
 * Semantic checks of a timetable instance that zod cannot express: every id known,
 * every pair listed once, slots in range. Each problem is one line naming the offending
 * id or field, so an operator can fix the file without reading code.
 */
import type { TimetableInstance } from '../../schemas/timetable.ts';

/**
 * Lists every problem of an instance that already passed TimetableInstanceSchema.
 * An empty list means the solver may run; conflicting locks and unreachable floors are
 * not problems of the input but infeasibilities the schedule reports.
 */
export function findInstanceProblems(instance: TimetableInstance): string[] {
	const problems: string[] = [];
	const slotsText = `0..${instance.slots - 1}`;
	const innovators = new Map<string, TimetableInstance['innovators'][number]>();
	const chancegivers = new Map<string, TimetableInstance['chancegivers'][number]>();

	instance.innovators.forEach((person, index) => {
		if (innovators.has(person.id)) problems.push(`innovators[${index}]: duplicate id '${person.id}'`);
		innovators.set(person.id, person);
		for (const slot of person.available ?? []) {
			if (slot >= instance.slots) {
				problems.push(`innovator '${person.id}': available slot ${slot} is outside ${slotsText}`);
			}
		}
	});
	instance.chancegivers.forEach((person, index) => {
		if (chancegivers.has(person.id)) {
			problems.push(`chancegivers[${index}]: duplicate id '${person.id}'`);
		}
		chancegivers.set(person.id, person);
		for (const slot of person.available ?? []) {
			if (slot >= instance.slots) {
				problems.push(`chancegiver '${person.id}': available slot ${slot} is outside ${slotsText}`);
			}
		}
	});

	const knownPair = (where: string, innovator: string, chancegiver: string): boolean => {
		let ok = true;
		if (!innovators.has(innovator)) {
			problems.push(`${where}: unknown innovator '${innovator}'`);
			ok = false;
		}
		if (!chancegivers.has(chancegiver)) {
			problems.push(`${where}: unknown chancegiver '${chancegiver}'`);
			ok = false;
		}
		return ok;
	};

	const listed = new Set<string>();
	instance.scores.forEach(([innovator, chancegiver], index) => {
		if (!knownPair(`scores[${index}]`, innovator, chancegiver)) return;
		const key = pairKey(innovator, chancegiver);
		if (listed.has(key)) {
			problems.push(`scores[${index}]: pair '${innovator}'–'${chancegiver}' is listed twice`);
		}
		listed.add(key);
	});

	(instance.mustMeet ?? []).forEach(([innovator, chancegiver], index) => {
		if (!knownPair(`mustMeet[${index}]`, innovator, chancegiver)) return;
		if (!listed.has(pairKey(innovator, chancegiver))) {
			problems.push(
				`mustMeet[${index}]: pair '${innovator}'–'${chancegiver}' has no score, so it may not meet`
			);
		}
	});

	const lockedPairs = new Set<string>();
	(instance.locked ?? []).forEach(([innovator, chancegiver, slot], index) => {
		const where = `locked[${index}]`;
		if (!knownPair(where, innovator, chancegiver)) return;
		const key = pairKey(innovator, chancegiver);
		if (!listed.has(key)) {
			problems.push(`${where}: pair '${innovator}'–'${chancegiver}' has no score, so it may not meet`);
		}
		if (lockedPairs.has(key)) {
			problems.push(`${where}: pair '${innovator}'–'${chancegiver}' is locked twice (a pair meets once)`);
		}
		lockedPairs.add(key);
		if (slot >= instance.slots) {
			problems.push(`${where}: slot ${slot} is outside ${slotsText}`);
			return;
		}
		const innovatorSlots = innovators.get(innovator)?.available;
		if (innovatorSlots && !innovatorSlots.includes(slot)) {
			problems.push(`${where}: innovator '${innovator}' is not available in slot ${slot}`);
		}
		const chancegiverSlots = chancegivers.get(chancegiver)?.available;
		if (chancegiverSlots && !chancegiverSlots.includes(slot)) {
			problems.push(`${where}: chancegiver '${chancegiver}' is not available in slot ${slot}`);
		}
	});
	return problems;
}

function pairKey(innovator: string, chancegiver: string): string {
	return JSON.stringify([innovator, chancegiver]);
}
