import { describe, it, expect } from 'vitest';
import {
	CreditFloorError,
	GiverIsReceiverError,
	LedgerInputError,
	SessionStateError
} from './errors.ts';
import {
	EMPTY_LEDGER,
	applyCancel,
	applyComplete,
	applyPlan,
	ledgerSum
} from './in-memory-ledger.ts';
import { balanceSummary } from './balance.ts';
import { completionEntries, decideCancel, decideComplete, planSession } from './sessions.ts';
import type { LedgerState, PeerSession } from './model.ts';

const rules = { pointsPerSession: 8, floor: -16 };
const nobody = () => ({ balance: 0, reserved: 0 });

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error('expected an error');
}

describe('planSession', () => {
	it('plans with the cost and floor of the rules it was planned under', () => {
		const session = planSession('s1', { giver: 'g', receivers: ['a', 'b'] }, nobody, {
			pointsPerSession: 10,
			floor: -20
		});
		expect(session).toEqual({
			id: 's1',
			giver: 'g',
			receivers: ['a', 'b'],
			status: 'planned',
			cost: 10,
			floor: -20
		});
	});

	it('refuses a giver who is also a receiver with its own error', () => {
		const error = thrown(() =>
			planSession('s', { giver: 'a', receivers: ['b', 'a'] }, nobody, rules)
		);
		expect(error).toBeInstanceOf(GiverIsReceiverError);
		expect(error).toMatchObject({ code: 'unprocessable', details: { giver: 'a' } });
	});

	it('refuses no receivers, a receiver listed twice and the Factory account', () => {
		expect(() => planSession('s', { giver: 'g', receivers: [] }, nobody, rules)).toThrow(
			LedgerInputError
		);
		expect(() => planSession('s', { giver: 'g', receivers: ['a', 'a'] }, nobody, rules)).toThrow(
			LedgerInputError
		);
		expect(() => planSession('s', { giver: 'factory', receivers: ['a'] }, nobody, rules)).toThrow(
			LedgerInputError
		);
	});

	it('reports the first receiver without room, with balance, reserved, available and floor', () => {
		const positions: Record<string, { balance: number; reserved: number }> = {
			a: { balance: 0, reserved: 0 },
			b: { balance: -8, reserved: 8 },
			c: { balance: -16, reserved: 0 }
		};
		const error = thrown(() =>
			planSession('s', { giver: 'g', receivers: ['a', 'b', 'c'] }, (p) => positions[p], rules)
		);
		expect(error).toBeInstanceOf(CreditFloorError);
		expect((error as CreditFloorError).code).toBe('credit_floor');
		expect((error as CreditFloorError).details).toEqual({
			receiver: 'b',
			balance: -8,
			reserved: 8,
			available: -16,
			floor: -16
		});
	});

	it('lets a receiver land exactly on the floor but not one point below', () => {
		const at = (balance: number) => () => ({ balance, reserved: 0 });
		expect(planSession('s', { giver: 'g', receivers: ['a'] }, at(-8), rules).status).toBe(
			'planned'
		);
		expect(() => planSession('s', { giver: 'g', receivers: ['a'] }, at(-9), rules)).toThrow(
			CreditFloorError
		);
	});
});

describe('the floor over a run of sessions', () => {
	it('after two sessions received in a row, a member gives before receiving again', () => {
		let state: LedgerState = EMPTY_LEDGER;
		state = applyComplete(applyPlan(state, 's1', { giver: 'g', receivers: ['m'] }, rules), 's1');
		state = applyComplete(applyPlan(state, 's2', { giver: 'g', receivers: ['m'] }, rules), 's2');
		expect(balanceSummary('m', state.entries, state.sessions).balance).toBe(-16);
		expect(() => applyPlan(state, 's3', { giver: 'g', receivers: ['m'] }, rules)).toThrow(
			CreditFloorError
		);
		state = applyComplete(applyPlan(state, 's3', { giver: 'm', receivers: ['x'] }, rules), 's3');
		expect(applyPlan(state, 's4', { giver: 'g', receivers: ['m'] }, rules).sessions).toHaveLength(
			4
		);
	});

	it('counts planned sessions as reserved, and cancelling releases them', () => {
		let state = applyPlan(EMPTY_LEDGER, 's1', { giver: 'g', receivers: ['m'] }, rules);
		state = applyPlan(state, 's2', { giver: 'g', receivers: ['m'] }, rules);
		expect(balanceSummary('m', state.entries, state.sessions)).toEqual({
			balance: 0,
			reserved: 16,
			available: -16,
			given: 0,
			received: 0
		});
		expect(() => applyPlan(state, 's3', { giver: 'h', receivers: ['m'] }, rules)).toThrow(
			CreditFloorError
		);
		state = applyCancel(state, 's1');
		expect(balanceSummary('m', state.entries, state.sessions).reserved).toBe(8);
		expect(applyPlan(state, 's3', { giver: 'h', receivers: ['m'] }, rules).sessions).toHaveLength(
			3
		);
	});

	it('plans a session whole or not at all', () => {
		let state = applyComplete(
			applyPlan(EMPTY_LEDGER, 's1', { giver: 'g', receivers: ['b'] }, rules),
			's1'
		);
		state = applyComplete(applyPlan(state, 's2', { giver: 'g', receivers: ['b'] }, rules), 's2');
		const before = state;
		expect(() => applyPlan(state, 's3', { giver: 'g', receivers: ['a', 'b'] }, rules)).toThrow(
			CreditFloorError
		);
		expect(state).toBe(before);
		expect(balanceSummary('a', state.entries, state.sessions).reserved).toBe(0);
	});
});

describe('completing and cancelling', () => {
	const planned: PeerSession = {
		id: 's',
		giver: 'g',
		receivers: ['a', 'b', 'c'],
		status: 'planned',
		cost: 8,
		floor: -16
	};

	it('books −cost per receiver and +cost × receivers for the giver, summing to 0', () => {
		const entries = completionEntries(planned);
		expect(entries.map((e) => [e.account, e.points])).toEqual([
			['a', -8],
			['b', -8],
			['c', -8],
			['g', 24]
		]);
		expect(entries.every((e) => e.kind === 'session' && e.session === 's')).toBe(true);
		expect(entries.reduce((sum, e) => sum + e.points, 0)).toBe(0);
	});

	it('completes once: a second completion books nothing', () => {
		let state = applyPlan(EMPTY_LEDGER, 's', { giver: 'g', receivers: ['a'] }, rules);
		state = applyComplete(state, 's');
		const again = applyComplete(state, 's');
		expect(again).toBe(state);
		expect(state.entries).toHaveLength(2);
		expect(decideComplete({ ...planned, status: 'completed' })).toEqual({ action: 'none' });
		expect(ledgerSum(state)).toBe(0);
	});

	it('refuses to cancel a completed session and to complete a cancelled one', () => {
		expect(thrown(() => decideCancel({ ...planned, status: 'completed' }))).toBeInstanceOf(
			SessionStateError
		);
		const error = thrown(() => decideComplete({ ...planned, status: 'cancelled' }));
		expect(error).toBeInstanceOf(SessionStateError);
		expect(error).toMatchObject({ code: 'invalid_state', details: { status: 'cancelled' } });
	});

	it('accepts cancelling a cancelled session as a no-op', () => {
		expect(decideCancel({ ...planned, status: 'cancelled' })).toEqual({ action: 'none' });
		expect(decideCancel(planned)).toEqual({ action: 'cancel' });
		const state = applyCancel(
			applyPlan(EMPTY_LEDGER, 's', { giver: 'g', receivers: ['a'] }, rules),
			's'
		);
		expect(applyCancel(state, 's')).toBe(state);
	});

	it('keeps the cost a session was planned with when the rules change before completion', () => {
		let state = applyPlan(EMPTY_LEDGER, 's', { giver: 'g', receivers: ['a'] }, rules);
		state = applyPlan(
			state,
			't',
			{ giver: 'g', receivers: ['b'] },
			{ pointsPerSession: 12, floor: -24 }
		);
		state = applyComplete(applyComplete(state, 's'), 't');
		expect(balanceSummary('a', state.entries, state.sessions).balance).toBe(-8);
		expect(balanceSummary('b', state.entries, state.sessions).balance).toBe(-12);
		expect(balanceSummary('g', state.entries, state.sessions).given).toBe(20);
	});
});
