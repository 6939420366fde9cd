import { describe, it, expect } from 'vitest';
import type { Meeting, TimetableInstance } from '../../schemas/timetable.ts';
import { validateSchedule } from './validate-schedule.ts';

const instance: TimetableInstance = {
	slots: 2,
	seats: 1,
	innovators: [{ id: 'i1' }, { id: 'i2', available: [1], maxMeetings: 1 }],
	chancegivers: [
		{ id: 'c1', role: 'funder' },
		{ id: 'c2', role: 'expert' }
	],
	scores: [
		['i1', 'c1', 10],
		['i1', 'c2', 20],
		['i2', 'c1', 30],
		['i2', 'c2', 5]
	],
	mustMeet: [['i2', 'c1']],
	locked: [['i1', 'c2', 0]],
	minMeetingsPerInnovator: 1,
	minFundersPerInnovator: 1
};

const kinds = (meetings: Meeting[]) => validateSchedule(instance, { meetings }).map((v) => v.kind).sort();

describe('validateSchedule', () => {
	it('accepts a timetable that keeps every rule', () => {
		expect(
			kinds([
				{ innovator: 'i1', chancegiver: 'c2', slot: 0 },
				{ innovator: 'i1', chancegiver: 'c1', slot: 0 + 1 },
				{ innovator: 'i2', chancegiver: 'c1', slot: 1 }
			])
		).toEqual(['chancegiverDoubleBooked']);
		expect(
			kinds([
				{ innovator: 'i1', chancegiver: 'c2', slot: 0 },
				{ innovator: 'i1', chancegiver: 'c1', slot: 0 },
				{ innovator: 'i2', chancegiver: 'c1', slot: 1 }
			])
		).toEqual(['tableOverfull']);
		expect(
			kinds([
				{ innovator: 'i1', chancegiver: 'c2', slot: 0 },
				{ innovator: 'i2', chancegiver: 'c1', slot: 1 }
			])
		).toEqual(['minFunders']);
	});

	it('lists every broken rule at once', () => {
		expect(
			kinds([
				{ innovator: 'i1', chancegiver: 'c1', slot: 0 },
				{ innovator: 'i1', chancegiver: 'c1', slot: 1 },
				{ innovator: 'i2', chancegiver: 'c1', slot: 0 },
				{ innovator: 'i2', chancegiver: 'c2', slot: 1 },
				{ innovator: 'i1', chancegiver: 'c9', slot: 1 },
				{ innovator: 'i1', chancegiver: 'c2', slot: 5 },
				{ innovator: 'i1', chancegiver: 'c2', slot: 1 }
			])
		).toEqual([
			'chancegiverDoubleBooked',
			'chancegiverDoubleBooked',
			'locked',
			'maxMeetings',
			'notAvailable',
			'pairMeetsTwice',
			'slotOutOfRange',
			'tableOverfull',
			'unlistedPair'
		]);
	});

	it('reports missing must-meet pairs, locks and floors', () => {
		expect(kinds([])).toEqual(['locked', 'minFunders', 'minFunders', 'minMeetings', 'minMeetings', 'mustMeet']);
	});

	it('checks the objective against the scores', () => {
		const meetings = [{ innovator: 'i1', chancegiver: 'c2', slot: 0 }];
		expect(validateSchedule(instance, { meetings, objective: 21 }).map((v) => v.kind)).toContain('objective');
		expect(validateSchedule(instance, { meetings, objective: 20 }).map((v) => v.kind)).not.toContain('objective');
	});
});
