import { describe, expect, it } from 'vitest';
import { buildDayBlocks, brusselsTime } from './day-blocks.ts';
import { buildInstance, BASE_SCORE, LIKE_BONUS, MUST_BONUS, type PlanningParticipant } from './build-instance.ts';
import { refillInstance, keptMeetings } from './refill.ts';
import { applyPlannerEdit, PlannerEditError, type PlannedMeeting } from './planner-edits.ts';
import { diffVersions } from './version-diff.ts';
import { assembleAgenda } from './agenda.ts';
import { buildAgendaIcs } from './agenda-ics.ts';
import { solveTimetable } from '../acceleration-day/solve-timetable.ts';
import { validateSchedule } from '../acceleration-day/validate-schedule.ts';
import { TimetableInstanceSchema } from '../../schemas/timetable.ts';

const person = (id: string, side: PlanningParticipant['side'], extra: Partial<PlanningParticipant> = {}): PlanningParticipant => ({
	id,
	side,
	status: 'registered',
	noShow: false,
	role: side === 'chancegiver' ? 'expert' : null,
	availableSlots: null,
	maxMeetings: null,
	...extra
});
const day = { slots: 3, seats: 1, minMeetingsPerInnovator: 0, minFundersPerInnovator: 0 };

describe('brusselsTime and day blocks', () => {
	it('turns Brussels wall-clock times into instants in winter and summer', () => {
		expect(brusselsTime('2026-11-23', '09:00').toISOString()).toBe('2026-11-23T08:00:00.000Z');
		expect(brusselsTime('2026-06-15', '09:00').toISOString()).toBe('2026-06-15T07:00:00.000Z');
	});
	it('puts pitches first, meeting slots with gaps, and one break', () => {
		const blocks = buildDayBlocks({ date: '2026-11-23', start: '09:00', slotCount: 4, slotMinutes: 20, gapMinutes: 5, pitchMinutes: 30, breakAfter: 2, breakMinutes: 15 });
		expect(blocks.map((b) => b.kind)).toEqual(['pitch', 'meeting', 'meeting', 'break', 'meeting', 'meeting']);
		expect(blocks.filter((b) => b.kind === 'meeting').map((b) => b.slotNumber)).toEqual([0, 1, 2, 3]);
		// 09:00 pitch 30' + 5' gap → 09:35 first slot; second 10:00; break 10:20–10:35; third 10:35
		expect(blocks[1].startsAt.toISOString()).toBe('2026-11-23T08:35:00.000Z');
		expect(blocks[3].startsAt.toISOString()).toBe('2026-11-23T09:20:00.000Z');
		expect(blocks[4].startsAt.toISOString()).toBe('2026-11-23T09:35:00.000Z');
	});
});

describe('buildInstance', () => {
	const participants = [
		person('i1', 'innovator'),
		person('i2', 'innovator'),
		person('i3', 'innovator', { status: 'invited' }),
		person('c1', 'chancegiver', { role: 'funder', availableSlots: [0, 2, 7], maxMeetings: 2 }),
		person('c2', 'chancegiver'),
		person('c3', 'chancegiver', { noShow: true })
	];
	it('keeps only registered people present, scores of known pairs and availability within the day', () => {
		const instance = buildInstance({ day, participants, scores: [['i1', 'c1', 50], ['i3', 'c1', 70], ['i1', 'c3', 80]], preferences: [], locked: [] });
		expect(instance.innovators.map((p) => p.id)).toEqual(['i1', 'i2']);
		expect(instance.chancegivers).toEqual([{ id: 'c1', role: 'funder', maxMeetings: 2, available: [0, 2] }, { id: 'c2', role: 'expert' }]);
		expect(instance.scores).toEqual([['i1', 'c1', 50]]);
		expect(TimetableInstanceSchema.safeParse(instance).success).toBe(true);
	});
	it('raises liked pairs, puts must-meet pairs in mustMeet and removes rather-not pairs; staff overrides', () => {
		const instance = buildInstance({
			day,
			participants,
			scores: [['i1', 'c1', 50], ['i1', 'c2', 60], ['i2', 'c1', 30]],
			preferences: [
				{ fromId: 'i1', toId: 'c1', kind: 'like', setBy: 'self' },
				{ fromId: 'c1', toId: 'i1', kind: 'like', setBy: 'self' },
				{ fromId: 'c2', toId: 'i1', kind: 'ratherNot', setBy: 'self' },
				{ fromId: 'i2', toId: 'c2', kind: 'must', setBy: 'self' },
				{ fromId: 'i2', toId: 'c1', kind: 'ratherNot', setBy: 'self' },
				{ fromId: 'i2', toId: 'c1', kind: 'like', setBy: 'staff' }
			],
			locked: []
		});
		expect(instance.scores).toEqual([
			['i1', 'c1', 50 + 2 * LIKE_BONUS],
			['i2', 'c1', 30 + LIKE_BONUS],
			['i2', 'c2', BASE_SCORE + MUST_BONUS]
		]);
		expect(instance.mustMeet).toEqual([['i2', 'c2']]);
	});
	it('keeps a locked meeting listed even when a side said rather not', () => {
		const instance = buildInstance({
			day,
			participants,
			scores: [],
			preferences: [{ fromId: 'c2', toId: 'i1', kind: 'ratherNot', setBy: 'self' }],
			locked: [{ innovator: 'i1', chancegiver: 'c2', slot: 1 }]
		});
		expect(instance.scores).toEqual([['i1', 'c2', BASE_SCORE]]);
		expect(instance.locked).toEqual([['i1', 'c2', 1]]);
		const schedule = solveTimetable(instance, { timeLimitMs: 50, now: () => 0 });
		expect(schedule.meetings).toContainEqual({ innovator: 'i1', chancegiver: 'c2', slot: 1 });
		expect(validateSchedule(instance, schedule)).toEqual([]);
	});
});

describe('refillInstance', () => {
	const instance = buildInstance({
		day,
		participants: [person('i1', 'innovator'), person('i2', 'innovator'), person('c1', 'chancegiver'), person('c2', 'chancegiver')],
		scores: [['i1', 'c1', 50], ['i1', 'c2', 40], ['i2', 'c1', 30], ['i2', 'c2', 20]],
		preferences: [],
		locked: []
	});
	const meetings = [
		{ innovator: 'i1', chancegiver: 'c1', slot: 0 },
		{ innovator: 'i2', chancegiver: 'c2', slot: 0 },
		{ innovator: 'i2', chancegiver: 'c1', slot: 1 },
		{ innovator: 'i1', chancegiver: 'c2', slot: 2 }
	];
	it('keeps past meetings and standing ones locked, and only fills later slots', () => {
		const noShowIds = new Set(['c2']);
		const refill = refillInstance({ instance, meetings, noShowIds, fromSlot: 1 });
		expect(keptMeetings({ meetings, noShowIds, fromSlot: 1 })).toHaveLength(3);
		expect(refill.locked).toEqual([['i1', 'c1', 0], ['i2', 'c2', 0], ['i2', 'c1', 1]]);
		expect(refill.chancegivers.find((p) => p.id === 'c2')!.available).toEqual([0]);
		expect(refill.innovators.find((p) => p.id === 'i1')!.available).toEqual([0, 1, 2]);
		const schedule = solveTimetable(refill, { timeLimitMs: 50, now: () => 0 });
		expect(validateSchedule(refill, schedule)).toEqual([]);
		// c2's slot-2 meeting is gone; nobody new sits in slot 0
		expect(schedule.meetings.some((m) => m.chancegiver === 'c2' && m.slot > 0)).toBe(false);
		expect(schedule.meetings.filter((m) => m.slot === 0)).toHaveLength(2);
	});
});

describe('applyPlannerEdit', () => {
	const meetings: PlannedMeeting[] = [
		{ innovator: 'i1', chancegiver: 'c1', slot: 0, locked: false },
		{ innovator: 'i2', chancegiver: 'c2', slot: 1, locked: false },
		{ innovator: 'i2', chancegiver: 'c3', slot: 2, locked: true }
	];
	it('moves to another cell, swaps two cells and toggles locks without touching the input', () => {
		const moved = applyPlannerEdit(meetings, { kind: 'move', innovator: 'i1', chancegiver: 'c1', toInnovator: 'i2', toSlot: 0 });
		expect(moved[0]).toEqual({ innovator: 'i2', chancegiver: 'c1', slot: 0, locked: false });
		expect(meetings[0].innovator).toBe('i1');
		const swapped = applyPlannerEdit(meetings, { kind: 'swap', a: { innovator: 'i1', chancegiver: 'c1' }, b: { innovator: 'i2', chancegiver: 'c2' } });
		expect(swapped.slice(0, 2)).toEqual([
			{ innovator: 'i2', chancegiver: 'c1', slot: 1, locked: false },
			{ innovator: 'i1', chancegiver: 'c2', slot: 0, locked: false }
		]);
		expect(applyPlannerEdit(meetings, { kind: 'lock', innovator: 'i1', chancegiver: 'c1' })[0].locked).toBe(true);
	});
	it('refuses to move a locked meeting or to create a pair twice', () => {
		expect(() => applyPlannerEdit(meetings, { kind: 'move', innovator: 'i2', chancegiver: 'c3', toInnovator: 'i2', toSlot: 0 })).toThrow(PlannerEditError);
		const twice = [...meetings, { innovator: 'i1', chancegiver: 'c2', slot: 2, locked: false }];
		expect(() => applyPlannerEdit(twice, { kind: 'move', innovator: 'i2', chancegiver: 'c2', toInnovator: 'i1', toSlot: 1 })).toThrow('pairExists');
		expect(() => applyPlannerEdit(twice, { kind: 'move', innovator: 'i1', chancegiver: 'c2', toInnovator: 'i1', toSlot: 1 })).toThrow('chancegiverBusy');
	});
});

describe('diffVersions', () => {
	it('lists added, moved and removed meetings and only the people they concern', () => {
		const before = [
			{ innovator: 'i1', chancegiver: 'c1', slot: 0 },
			{ innovator: 'i2', chancegiver: 'c2', slot: 1 },
			{ innovator: 'i3', chancegiver: 'c3', slot: 1 }
		];
		const after = [
			{ innovator: 'i1', chancegiver: 'c1', slot: 2 },
			{ innovator: 'i3', chancegiver: 'c3', slot: 1 },
			{ innovator: 'i2', chancegiver: 'c4', slot: 1 }
		];
		const diff = diffVersions(before, after);
		expect(diff.changes.map((c) => c.kind).sort()).toEqual(['added', 'moved', 'removed']);
		expect(diff.changedParticipants.sort()).toEqual(['c1', 'c2', 'c4', 'i1', 'i2']);
		expect(diffVersions(null, after).changedParticipants).toHaveLength(6);
	});
});

describe('agenda and .ics', () => {
	const blocks = buildDayBlocks({ date: '2026-11-23', start: '09:00', slotCount: 2, slotMinutes: 20, gapMinutes: 0, pitchMinutes: 0, breakAfter: 1, breakMinutes: 10 });
	const meetings = [
		{ innovator: 'i1', chancegiver: 'c1', slot: 1 },
		{ innovator: 'i1', chancegiver: 'c2', slot: 1 }
	];
	it('lists every block with the person’s meetings; group tables hold several counterparts', () => {
		const agenda = assembleAgenda({ id: 'i1', side: 'innovator' }, blocks, meetings);
		expect(agenda.map((e) => e.kind)).toEqual(['free', 'break', 'meeting']);
		expect(agenda[2].counterpartIds).toEqual(['c1', 'c2']);
		expect(assembleAgenda({ id: 'c2', side: 'chancegiver' }, blocks, meetings)[2]).toMatchObject({ innovatorId: 'i1', counterpartIds: ['i1'] });
	});
	it('writes one VEVENT per meeting with CRLF, folded lines, UID and DTSTAMP', () => {
		const ics = buildAgendaIcs({
			calendarName: 'Acceleration Day',
			stamp: new Date('2026-11-20T10:00:00Z'),
			sequence: 2,
			events: [1, 2].map((n) => ({ uid: `ad-${n}@sif`, start: blocks[0].startsAt, end: blocks[0].endsAt, summary: `Meeting ${n}`, description: 'x'.repeat(200), location: 'Tafel 3, Gent' }))
		});
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
		expect(ics).toContain('UID:ad-1@sif\r\n');
		expect(ics).toContain('DTSTAMP:20261120T100000Z');
		expect(ics).toContain('DTSTART:20261123T080000Z');
		expect(ics).toContain('LOCATION:Tafel 3\\, Gent');
		expect(ics).toContain('SEQUENCE:2');
	});
});
