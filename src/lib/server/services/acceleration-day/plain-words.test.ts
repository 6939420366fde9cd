import { describe, expect, it } from 'vitest';
import { describeUnmet, describeViolation, withNames } from './planning-data.ts';
import { firstOpenSlot } from './publish.ts';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';
const names = new Map([[a, 'Case Iris (Schelde)'], [b, 'Jan Funder']]);

describe('unmet rules and broken rules in plain words', () => {
	it('replaces ids by names and counts rounds from 1', () => {
		expect(withNames(`no common slot: ${a} is present in slots 0, 1, ${b} in slot 3`, names)).toBe(
			'no common slot: Case Iris (Schelde) is present in round 1, 2, Jan Funder in round 4'
		);
		const text = describeUnmet({ kind: 'mustMeet', innovator: a, chancegiver: b, reason: `no common slot: ${a} is present in slots 0, ${b} in slot 2` }, names, 'nl');
		expect(text).toBe('Case Iris (Schelde) en Jan Funder moesten elkaar zeker ontmoeten, maar dat lukt niet: no common slot: Case Iris (Schelde) is present in round 1, Jan Funder in round 3.');
		expect(describeViolation({ kind: 'chancegiverDoubleBooked', chancegiver: b, slot: 2, message: '' }, names, 'en')).toContain('Jan Funder');
		expect(describeViolation({ kind: 'chancegiverDoubleBooked', chancegiver: b, slot: 2, message: '' }, names, 'nl')).toBe('Jan Funder zit in ronde 3 aan twee tafels.');
	});
});

describe('firstOpenSlot', () => {
	const at = (h: number) => new Date(Date.UTC(2026, 11, 10, h));
	const blocks = [
		{ kind: 'pitch', slotNumber: null, startsAt: at(8) },
		{ kind: 'meeting', slotNumber: 0, startsAt: at(9) },
		{ kind: 'meeting', slotNumber: 1, startsAt: at(10) },
		{ kind: 'break', slotNumber: null, startsAt: at(11) },
		{ kind: 'meeting', slotNumber: 2, startsAt: at(12) }
	];
	it('is the first meeting round that has not begun, or the number of rounds when all have', () => {
		expect(firstOpenSlot(blocks, at(7))).toBe(0);
		expect(firstOpenSlot(blocks, at(9))).toBe(1);
		expect(firstOpenSlot(blocks, at(11))).toBe(2);
		expect(firstOpenSlot(blocks, at(13))).toBe(3);
	});
});
