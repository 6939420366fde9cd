/**
 * Property tests: random sequences of plan / complete / cancel / correct / open / change
 * rules, applied through the in-memory reference model. Rejected operations must leave the
 * state untouched; accepted ones must keep every invariant.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { balanceSummary } from './balance.ts';
import { applyComplete, ledgerSum } from './in-memory-ledger.ts';
import { PEOPLE, operations, run, takenByCorrections } from './ledger-operations.test-support.ts';
import { verifyLedger } from './verify.ts';

describe('the ledger rules, for any sequence of operations', () => {
	it('keep the sum of all balances, the Factory included, at 0 and verifyLedger silent', () => {
		fc.assert(
			fc.property(operations(), (ops) => {
				run(ops, (state) => {
					expect(ledgerSum(state)).toBe(0);
					expect(verifyLedger(state)).toEqual([]);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('never let anyone below the floor, balance or available, when there are no corrections', () => {
		const floor = -16;
		fc.assert(
			fc.property(operations(false, false), (ops) => {
				run(ops, (state) => {
					for (const p of PEOPLE) {
						const summary = balanceSummary(p, state.entries, state.sessions);
						expect(summary.available).toBeGreaterThanOrEqual(floor);
						expect(summary.balance).toBeGreaterThanOrEqual(floor);
					}
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('let only corrections take anyone below the floor', () => {
		fc.assert(
			fc.property(operations(true, false), (ops) => {
				run(ops, (state) => {
					for (const p of PEOPLE) {
						const { available } = balanceSummary(p, state.entries, state.sessions);
						expect(available + takenByCorrections(state, p)).toBeGreaterThanOrEqual(-16);
					}
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('make completing idempotent and refused operations change nothing', () => {
		fc.assert(
			fc.property(operations(), fc.nat(), (ops, pick) => {
				const state = run(ops, (after, before) => {
					if (after !== before)
						expect(after.entries.length).toBeGreaterThanOrEqual(before.entries.length);
					// Entries are append-only: whatever was booked stays exactly as it was.
					expect(after.entries.slice(0, before.entries.length)).toEqual(before.entries);
				});
				const completed = state.sessions.filter((s) => s.status === 'completed');
				if (completed.length === 0) return;
				const session = completed[pick % completed.length];
				expect(applyComplete(state, session.id)).toBe(state);
			}),
			{ numRuns: 300 }
		);
	});
});
