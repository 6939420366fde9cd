import { describe, expect, it } from 'vitest';
import {
	allowedEvents,
	engagementEvents,
	engagementStates,
	nextState,
	plannedEnd,
	transition,
	TransitionRefused,
	type EngagementEvent,
	type EngagementState
} from './engagement-state.ts';

/** Every allowed move, written out once: anything not listed must be refused. */
const allowed: [EngagementState, EngagementEvent, EngagementState][] = [
	['requested', 'plan_intake', 'intake_planned'],
	['intake_planned', 'plan_intake', 'intake_planned'],
	['requested', 'take_on', 'active'],
	['intake_planned', 'take_on', 'active'],
	['requested', 'refer', 'referred_out'],
	['intake_planned', 'refer', 'referred_out'],
	['active', 'refer', 'referred_out'],
	['paused', 'refer', 'referred_out'],
	['requested', 'not_now', 'exited'],
	['intake_planned', 'not_now', 'exited'],
	['active', 'pause', 'paused'],
	['paused', 'resume', 'active'],
	['active', 'exit', 'exited'],
	['paused', 'exit', 'exited']
];

describe('the engagement state machine', () => {
	it.each(allowed)('%s --%s--> %s', (from, event, to) => {
		expect(transition(from, event)).toBe(to);
	});

	const refused = engagementStates.flatMap((from) =>
		engagementEvents
			.filter((event) => !allowed.some(([f, e]) => f === from && e === event))
			.map((event) => [from, event] as const)
	);

	it('refuses every other move (%i of them)', () => {
		expect(refused.length).toBe(engagementStates.length * engagementEvents.length - allowed.length);
		for (const [from, event] of refused) {
			expect(nextState(from, event), `${from} ${event}`).toBeNull();
			expect(() => transition(from, event)).toThrow(TransitionRefused);
		}
	});

	it('lets nothing leave exited or referred_out', () => {
		expect(allowedEvents('exited')).toEqual([]);
		expect(allowedEvents('referred_out')).toEqual([]);
		expect(allowedEvents('active')).toEqual(['refer', 'pause', 'exit']);
	});
});

describe('plannedEnd', () => {
	it('adds calendar months', () => {
		expect(plannedEnd(new Date('2026-03-10T09:00:00Z'), 6).toISOString()).toBe('2026-09-10T09:00:00.000Z');
	});
	it('clamps to the last day of a shorter month', () => {
		expect(plannedEnd(new Date('2026-08-31T09:00:00Z'), 6).toISOString()).toBe('2027-02-28T09:00:00.000Z');
	});
});
