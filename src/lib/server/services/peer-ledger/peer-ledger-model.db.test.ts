/**
 * Model-based test: random operation sequences applied both to the database (through the
 * services) and to the in-memory reference model of the domain. Outcomes, balances and
 * the Factory account must agree after every run, and verify must stay silent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { AppError } from '../../errors.ts';
import type { UserActor } from '../../auth/actor.ts';
import { balanceSummary } from '../../../domain/peer-ledger/balance.ts';
import { PeerLedgerError } from '../../../domain/peer-ledger/errors.ts';
import {
	EMPTY_LEDGER,
	applyCancel,
	applyComplete,
	applyCorrection,
	applyPlan,
	balanceOf
} from '../../../domain/peer-ledger/in-memory-ledger.ts';
import { DEFAULT_LEDGER_RULES } from '../../../domain/peer-ledger/rules.ts';
import { FACTORY_ACCOUNT, type LedgerState } from '../../../domain/peer-ledger/model.ts';
import { planPeerSession } from './plan-peer-session.ts';
import { completePeerSession } from './complete-peer-session.ts';
import { cancelPeerSession } from './cancel-peer-session.ts';
import { recordLedgerCorrection } from './record-ledger-correction.ts';
import { getFactoryBalance, getPersonBalance } from './read-ledger.ts';
import { verifyStoredLedger } from './verify-ledger.ts';
import { seedMembers, seedStaffActor } from './ledger-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

type Op =
	| { kind: 'plan'; giver: number; receivers: number[] }
	| { kind: 'complete' | 'cancel'; session: number }
	| { kind: 'correct'; person: number; points: number };

const person = fc.nat({ max: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
	{
		arbitrary: fc.record({
			kind: fc.constant('plan' as const),
			giver: person,
			receivers: fc.uniqueArray(person, { minLength: 1, maxLength: 2 })
		}),
		weight: 5
	},
	{
		arbitrary: fc.record({ kind: fc.constant('complete' as const), session: fc.nat() }),
		weight: 3
	},
	{ arbitrary: fc.record({ kind: fc.constant('cancel' as const), session: fc.nat() }), weight: 1 },
	{
		arbitrary: fc.record({
			kind: fc.constant('correct' as const),
			person,
			points: fc.integer({ min: -12, max: 12 }).filter((n) => n !== 0)
		}),
		weight: 1
	}
);

/** Runs `db` and `model`; both must succeed, or both fail with the same code. */
async function both<T>(
	db: () => Promise<T>,
	model: () => LedgerState,
	state: LedgerState
): Promise<{ state: LedgerState; result?: T }> {
	let dbResult: T | undefined;
	let dbCode: string | undefined;
	try {
		dbResult = await db();
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		dbCode = error.code;
	}
	let next = state;
	let modelCode: string | undefined;
	try {
		next = model();
	} catch (error) {
		if (!(error instanceof PeerLedgerError)) throw error;
		modelCode = error.code;
	}
	expect(dbCode).toBe(modelCode);
	return { state: next, result: dbResult };
}

describe('the database agrees with the reference model', () => {
	it('for random sequences of plans, completions, cancellations and corrections', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), async (ops) => {
				const ids = await seedMembers(t.db, 'P0', 'P1', 'P2', 'P3');
				const factoryBefore = (await getFactoryBalance(t.db, staff)).balance;
				let state: LedgerState = EMPTY_LEDGER;
				const sessions: string[] = [];
				for (const o of ops) {
					if (o.kind === 'plan') {
						const giver = ids[o.giver];
						const receivers = o.receivers.map((r) => ids[r]).filter((r) => r !== giver);
						if (receivers.length === 0) continue;
						const input = { giver, receivers, topic: 'model', scheduledAt: '2026-11-20T10:00:00Z' };
						let id = '';
						const out = await both(
							async () => (id = (await planPeerSession(t.db, staff, input)).id),
							() => applyPlan(state, id, { giver, receivers }, DEFAULT_LEDGER_RULES),
							state
						);
						state = out.state;
						if (out.result) sessions.push(id);
					} else if (o.kind === 'correct') {
						const input = { person: ids[o.person], points: o.points, reason: 'model check' };
						state = (
							await both(
								() => recordLedgerCorrection(t.db, staff, input),
								() => applyCorrection(state, { ...input, author: staff.email }),
								state
							)
						).state;
					} else if (sessions.length > 0) {
						const id = sessions[o.session % sessions.length];
						const run = (): Promise<unknown> =>
							o.kind === 'complete'
								? completePeerSession(t.db, staff, id)
								: cancelPeerSession(t.db, staff, id);
						const apply = o.kind === 'complete' ? applyComplete : applyCancel;
						state = (await both(run, () => apply(state, id), state)).state;
					}
				}
				for (const id of ids) {
					expect(await getPersonBalance(t.db, staff, id)).toEqual(
						balanceSummary(id, state.entries, state.sessions)
					);
				}
				const factoryDelta = (await getFactoryBalance(t.db, staff)).balance - factoryBefore;
				expect(factoryDelta).toBe(balanceOf(FACTORY_ACCOUNT, state.entries));
			}),
			{ numRuns: 15 }
		);
		expect((await verifyStoredLedger(t.db, staff)).violations).toEqual([]);
	}, 120_000);
});
