import { describe, expect, it } from 'vitest';
import { caseFlags, DAY_MS, type CaseFacts } from './case-flags.ts';

const now = new Date('2026-11-23T10:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
const inDays = (n: number) => new Date(now.getTime() + n * DAY_MS);
const calm: CaseFacts = {
	startedAt: daysAgo(10),
	lastContactAt: daysAgo(2),
	plannedEndAt: inDays(90),
	openNeeds: [{ openedAt: daysAgo(5) }],
	introductions: [{ status: 'accepted', sentAt: daysAgo(10), acceptedAt: daysAgo(9) }]
};

describe('caseFlags', () => {
	it('raises nothing for a case in good shape', () => {
		expect(caseFlags(calm, now)).toEqual([]);
	});
	it('flags 30 days without contact, counting from the start when there was none', () => {
		expect(caseFlags({ ...calm, lastContactAt: daysAgo(30) }, now)).toEqual(['no_contact']);
		expect(caseFlags({ ...calm, lastContactAt: daysAgo(29) }, now)).toEqual([]);
		expect(caseFlags({ ...calm, lastContactAt: null, startedAt: daysAgo(31) }, now)).toEqual(['no_contact']);
	});
	it('flags a need open for 30 days', () => {
		expect(caseFlags({ ...calm, openNeeds: [{ openedAt: daysAgo(31) }] }, now)).toEqual(['need_open_long']);
	});
	it('flags an exit due within 4 weeks, or overdue', () => {
		expect(caseFlags({ ...calm, plannedEndAt: inDays(28) }, now)).toEqual(['exit_due']);
		expect(caseFlags({ ...calm, plannedEndAt: inDays(29) }, now)).toEqual([]);
		expect(caseFlags({ ...calm, plannedEndAt: daysAgo(1) }, now)).toEqual(['exit_due']);
	});
	it('flags a referral without follow-up after 3 weeks, not one that met', () => {
		const old = { status: 'accepted', sentAt: daysAgo(30), acceptedAt: daysAgo(22) };
		expect(caseFlags({ ...calm, introductions: [old] }, now)).toEqual(['referral_no_followup']);
		expect(caseFlags({ ...calm, introductions: [{ ...old, status: 'met' }] }, now)).toEqual([]);
		expect(caseFlags({ ...calm, introductions: [{ status: 'sent', sentAt: daysAgo(21), acceptedAt: null }] }, now)).toEqual([
			'referral_no_followup'
		]);
	});
});
