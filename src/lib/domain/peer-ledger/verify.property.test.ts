/**
 * verifyLedger against planted corruptions: whatever sound state the rules produced, one
 * changed, dropped or forged entry or status must be reported.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FACTORY_ACCOUNT, type LedgerState } from './model.ts';
import { PEOPLE, operations, run, takenByCorrections } from './ledger-operations.test-support.ts';
import { verifyLedger } from './verify.ts';

type Corruption = 'change' | 'drop' | 'duplicate' | 'reopen' | 'shift' | 'overdraw';

/** Plants one corruption in a sound state; null when the state offers nothing to corrupt. */
function corrupt(
	state: LedgerState,
	how: Corruption,
	pick: number,
	delta: number
): LedgerState | null {
	const { entries, sessions } = state;
	const completed = sessions.filter((s) => s.status === 'completed');
	const at = (n: number) => n % entries.length;
	switch (how) {
		case 'change':
			if (!entries.length) return null;
			return {
				sessions,
				entries: entries.map((e, i) => (i === at(pick) ? { ...e, points: e.points + delta } : e))
			};
		case 'drop':
			if (!entries.length) return null;
			return { sessions, entries: entries.filter((_, i) => i !== at(pick)) };
		case 'duplicate':
			if (!entries.length) return null;
			return { sessions, entries: [...entries, { ...entries[at(pick)], id: 'dup' }] };
		case 'reopen': {
			if (!completed.length) return null;
			const id = completed[pick % completed.length].id;
			const status = delta > 0 ? ('planned' as const) : ('cancelled' as const);
			return { entries, sessions: sessions.map((s) => (s.id === id ? { ...s, status } : s)) };
		}
		case 'shift': {
			// Moves points between two entries of one completed session: the sum stays 0.
			if (!completed.length) return null;
			const id = completed[pick % completed.length].id;
			const [first, second] = entries.filter((e) => e.session === id);
			return {
				sessions,
				entries: entries.map((e) =>
					e === first
						? { ...e, points: e.points + delta }
						: e === second
							? { ...e, points: e.points - delta }
							: e
				)
			};
		}
		case 'overdraw': {
			// A completed session booked without the planning check, one point past the floor.
			const receiver = PEOPLE[pick % PEOPLE.length];
			const floors = sessions
				.filter((s) => s.status === 'completed' && s.receivers.includes(receiver))
				.map((s) => s.floor);
			const floor = Math.min(0, -16, ...floors);
			const balance = entries
				.filter((e) => e.account === receiver)
				.reduce((s, e) => s + e.points, 0);
			const cost = balance + takenByCorrections(state, receiver) - floor + 1;
			const giver = receiver === 'p0' ? 'p1' : 'p0';
			const forged = {
				id: 'forged',
				giver,
				receivers: [receiver],
				status: 'completed' as const,
				cost,
				floor: -16
			};
			const book = (account: string, points: number, id: string) => ({
				id,
				session: 'forged',
				account,
				points,
				kind: 'session' as const,
				reason: null,
				author: null
			});
			return {
				sessions: [...sessions, forged],
				entries: [...entries, book(receiver, -cost, 'f1'), book(giver, cost, 'f2')]
			};
		}
	}
}

describe('verifyLedger', () => {
	it('finds a corruption planted in any state the rules produced', () => {
		const how = fc.constantFrom<Corruption>(
			'change',
			'drop',
			'duplicate',
			'reopen',
			'shift',
			'overdraw'
		);
		const delta = fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0);
		fc.assert(
			fc.property(operations(), how, fc.nat(), delta, (ops, kind, pick, d) => {
				const sound = run(ops, () => {});
				expect(verifyLedger(sound)).toEqual([]);
				const broken = corrupt(sound, kind, pick, d);
				if (broken) expect(verifyLedger(broken).length).toBeGreaterThan(0);
			}),
			{ numRuns: 500 }
		);
	});

	it('never reports the Factory account below any floor', () => {
		fc.assert(
			fc.property(operations(), (ops) => {
				const state = run(ops, () => {});
				const factory = verifyLedger(state).filter((v) => v.details.account === FACTORY_ACCOUNT);
				expect(factory).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	});
});
