import { describe, expect, it } from 'vitest';
import { pointsToEarn, roomState, sessionsLeft } from './room.ts';
import { allConfirmed, canMove, nextStatus, REQUEST_STATUSES } from './requests.ts';
import { balanceSteps, stepChart } from './balance-chart.ts';

describe('room before the floor', () => {
	const rules = { cost: 8, floor: -16 };
	it('counts the sessions a member can still receive', () => {
		expect(sessionsLeft({ available: 0, ...rules })).toBe(2);
		expect(sessionsLeft({ available: -8, ...rules })).toBe(1);
		expect(sessionsLeft({ available: -16, ...rules })).toBe(0);
		expect(sessionsLeft({ available: -12, ...rules })).toBe(0);
	});
	it('warns on the last session and says when to give', () => {
		expect(roomState({ available: 0, ...rules })).toBe('free');
		expect(roomState({ available: -8, ...rules })).toBe('lastOne');
		expect(roomState({ available: -16, ...rules })).toBe('mustGive');
		expect(pointsToEarn({ available: -16, ...rules })).toBe(8);
		expect(pointsToEarn({ available: -12, ...rules })).toBe(4);
		expect(pointsToEarn({ available: 0, ...rules })).toBe(0);
	});
});

describe('request moves', () => {
	it('allows only the moves of the table', () => {
		expect(nextStatus('asked', 'accept')).toBe('accepted');
		expect(nextStatus('accepted', 'plan')).toBe('planned');
		expect(nextStatus('declined', 'plan')).toBeNull();
		expect(nextStatus('completed', 'decline')).toBeNull();
		expect(nextStatus('declined', 'assign')).toBe('asked');
	});
	it('asks for other times only while slots are proposed and none is picked', () => {
		const from = REQUEST_STATUSES.filter((status) => canMove(status, 'reopen'));
		expect(from).toEqual(['accepted']);
		expect(nextStatus('accepted', 'reopen')).toBe('asked');
		// Back with the giver: new slots with the same accept move, or a decline.
		expect(nextStatus(nextStatus('accepted', 'reopen')!, 'accept')).toBe('accepted');
		expect(nextStatus('asked', 'reopen')).toBeNull();
		expect(nextStatus('planned', 'reopen')).toBeNull();
	});
	it('completes only when every participant confirmed', () => {
		expect(allConfirmed(['g', 'r'], ['g'])).toBe(false);
		expect(allConfirmed(['g', 'r'], new Set(['r', 'g']))).toBe(true);
		expect(allConfirmed([], [])).toBe(false);
	});
});

describe('balance chart', () => {
	it('steps through the running balance, oldest first', () => {
		const steps = balanceSteps([
			{ points: 8, createdAt: '2026-03-01T10:00:00Z' },
			{ points: -8, createdAt: '2026-01-01T10:00:00Z' },
			{ points: -8, createdAt: '2026-02-01T10:00:00Z' }
		]);
		expect(steps.map((s) => s.balance)).toEqual([0, -8, -16, -8]);
	});
	it('draws a path within the box with the floor below zero', () => {
		const steps = balanceSteps([{ points: -8, createdAt: '2026-01-01T00:00:00Z' }]);
		const chart = stepChart(steps, -16, Date.parse('2026-02-01T00:00:00Z'), 600, 200, 20);
		expect(chart.path.startsWith('M 20 ')).toBe(true);
		expect(chart.path.endsWith('H 580')).toBe(true);
		expect(chart.floorY).toBe(180);
		expect(chart.zeroY).toBe(20);
		expect(chart.min).toBe(-16);
	});
});
