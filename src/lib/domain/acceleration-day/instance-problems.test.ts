import { describe, it, expect } from 'vitest';
import type { TimetableInstance } from '../../schemas/timetable.ts';
import { parseTimetableInstance } from './parse-instance.ts';

const valid: TimetableInstance = {
	slots: 3,
	innovators: [{ id: 'i1', available: [0, 1] }, { id: 'i2' }],
	chancegivers: [
		{ id: 'c1', role: 'funder', available: [1, 2] },
		{ id: 'c2', role: 'expert' }
	],
	scores: [
		['i1', 'c1', 80],
		['i2', 'c2', 40.5]
	],
	mustMeet: [['i1', 'c1']],
	locked: [['i2', 'c2', 2]]
};

type Editable = TimetableInstance & Required<Pick<TimetableInstance, 'mustMeet' | 'locked'>>;

function problemsOf(change: (instance: Editable) => void): string[] {
	const copy = structuredClone(valid) as Editable;
	change(copy);
	const parsed = parseTimetableInstance(copy);
	return parsed.ok ? [] : parsed.problems;
}

describe('parseTimetableInstance', () => {
	it('accepts the valid instance', () => {
		expect(parseTimetableInstance(valid).ok).toBe(true);
	});

	it.each([
		['negative score', (x: Editable) => (x.scores[0][2] = -3), 'scores[0][2]: a score must be a positive number'],
		['zero score', (x: Editable) => (x.scores[0][2] = 0), 'scores[0][2]: a score must be a positive number'],
		['unknown innovator', (x: Editable) => (x.scores[1][0] = 'i9'), "scores[1]: unknown innovator 'i9'"],
		['unknown chancegiver', (x: Editable) => (x.scores[1][1] = 'c9'), "scores[1]: unknown chancegiver 'c9'"],
		['duplicate pair', (x: Editable) => x.scores.push(['i1', 'c1', 3]), "scores[2]: pair 'i1'–'c1' is listed twice"],
		['duplicate id', (x: Editable) => x.innovators.push({ id: 'i1' }), "innovators[2]: duplicate id 'i1'"],
		['bad role', (x: Editable) => ((x.chancegivers[0] as { role: string }).role = 'banker'), 'chancegivers[0].role: role must be one of funder, expert, mentor, networker'],
		['slot out of range', (x: Editable) => (x.innovators[0].available = [0, 3]), "innovator 'i1': available slot 3 is outside 0..2"],
		['must-meet without score', (x: Editable) => x.mustMeet.push(['i2', 'c1']), "mustMeet[1]: pair 'i2'–'c1' has no score, so it may not meet"],
		['must-meet unknown id', (x: Editable) => x.mustMeet.push(['i2', 'c7']), "mustMeet[1]: unknown chancegiver 'c7'"],
		['lock outside availability', (x: Editable) => (x.locked = [['i1', 'c1', 0]]), "locked[0]: chancegiver 'c1' is not available in slot 0"],
		['lock slot out of range', (x: Editable) => (x.locked = [['i2', 'c2', 5]]), 'locked[0]: slot 5 is outside 0..2'],
		['lock without score', (x: Editable) => (x.locked = [['i1', 'c2', 0]]), "locked[0]: pair 'i1'–'c2' has no score, so it may not meet"],
		['negative maxMeetings', (x: Editable) => (x.innovators[1].maxMeetings = -1), 'innovators[1].maxMeetings: maxMeetings must not be negative'],
		['zero slots', (x: Editable) => (x.slots = 0), 'slots: slots must be at least 1']
	])('rejects %s with one line naming it', (_name, change, message) => {
		expect(problemsOf(change)).toContain(message);
	});

	it('rejects what is not an instance at all', () => {
		const parsed = parseTimetableInstance([1, 2]);
		expect(parsed.ok).toBe(false);
	});
});
