import { describe, it, expect } from 'vitest';
import { EMPTY_LEDGER, applyComplete, applyCorrection, applyPlan } from './in-memory-ledger.ts';
import type { LedgerEntry, LedgerState } from './model.ts';
import { verifyLedger } from './verify.ts';

const rules = { pointsPerSession: 8, floor: -16 };

function soundLedger(): LedgerState {
	let state = applyComplete(
		applyPlan(EMPTY_LEDGER, 's1', { giver: 'g', receivers: ['a', 'b'] }, rules),
		's1'
	);
	state = applyComplete(applyPlan(state, 's2', { giver: 'g', receivers: ['a'] }, rules), 's2');
	state = applyPlan(state, 's3', { giver: 'a', receivers: ['b'] }, rules);
	return applyCorrection(state, { person: 'b', points: 2, reason: 'goodwill', author: 'staff' });
}

const invariants = (state: LedgerState) => verifyLedger(state).map((v) => v.invariant);

describe('verifyLedger', () => {
	it('finds nothing wrong in a ledger built by the rules', () => {
		expect(verifyLedger(soundLedger())).toEqual([]);
		expect(verifyLedger(EMPTY_LEDGER)).toEqual([]);
	});

	it('finds a sum that is not 0', () => {
		const state = soundLedger();
		const extra: LedgerEntry = {
			id: 'x',
			session: null,
			account: 'a',
			points: 1,
			kind: 'opening',
			reason: null,
			author: null
		};
		expect(invariants({ ...state, entries: [...state.entries, extra] })).toContain('sum_is_zero');
	});

	it('finds a completed session missing an entry or with a changed one', () => {
		const state = soundLedger();
		const missing = state.entries.filter((e) => !(e.session === 's1' && e.account === 'b'));
		expect(invariants({ ...state, entries: missing })).toContain('completed_session_entries');
		const changed = state.entries.map((e) =>
			e.session === 's1' && e.account === 'g' ? { ...e, points: 8 } : e
		);
		expect(invariants({ ...state, entries: changed })).toContain('completed_session_entries');
	});

	it('finds entries on a planned or cancelled session', () => {
		const state = soundLedger();
		const cancelled = {
			...state,
			sessions: state.sessions.map((s) =>
				s.id === 's1' ? { ...s, status: 'cancelled' as const } : s
			)
		};
		expect(invariants(cancelled)).toContain('open_session_without_entries');
	});

	it('finds a balance below the floor that no correction explains', () => {
		let state = EMPTY_LEDGER;
		for (const id of ['s1', 's2'])
			state = applyComplete(applyPlan(state, id, { giver: 'g', receivers: ['a'] }, rules), id);
		expect(verifyLedger(state)).toEqual([]);
		// A third session smuggled in without the planning check: a at −24.
		const smuggled: LedgerState = {
			sessions: [
				...state.sessions,
				{ id: 's3', giver: 'g', receivers: ['a'], status: 'completed', cost: 8, floor: -16 }
			],
			entries: [
				...state.entries,
				{
					id: '90',
					session: 's3',
					account: 'a',
					points: -8,
					kind: 'session',
					reason: null,
					author: null
				},
				{
					id: '91',
					session: 's3',
					account: 'g',
					points: 8,
					kind: 'session',
					reason: null,
					author: null
				}
			]
		};
		const violations = verifyLedger(smuggled);
		expect(violations.map((v) => v.invariant)).toEqual(['floor']);
		expect(violations[0].details).toMatchObject({ account: 'a', balance: -24, floor: -16 });
	});

	it('accepts a balance below the floor that a recorded correction explains', () => {
		let state = EMPTY_LEDGER;
		for (const id of ['s1', 's2'])
			state = applyComplete(applyPlan(state, id, { giver: 'g', receivers: ['a'] }, rules), id);
		state = applyCorrection(state, {
			person: 'a',
			points: -10,
			reason: 'missed session',
			author: 'staff'
		});
		expect(verifyLedger(state)).toEqual([]);
	});

	it('finds a correction without a reason and a session entry for an unknown session', () => {
		const state = soundLedger();
		const noReason = state.entries.map((e) => (e.kind === 'correction' ? { ...e, reason: '' } : e));
		expect(invariants({ ...state, entries: noReason })).toContain('entry_kind');
		const orphan: LedgerEntry[] = [
			...state.entries,
			{
				id: 'o1',
				session: 'nope',
				account: 'a',
				points: -8,
				kind: 'session',
				reason: null,
				author: null
			},
			{
				id: 'o2',
				session: 'nope',
				account: 'g',
				points: 8,
				kind: 'session',
				reason: null,
				author: null
			}
		];
		expect(invariants({ ...state, entries: orphan })).toContain('unknown_session');
	});

	it('finds fractional points', () => {
		const state = soundLedger();
		const entries = state.entries.map((e, i) =>
			i === 0 ? { ...e, points: e.points + 0.5 } : i === 1 ? { ...e, points: e.points - 0.5 } : e
		);
		expect(invariants({ ...state, entries })).toContain('whole_points');
	});
});
