/**
 * Many requests at the same moment. On PostgreSQL (TEST_DATABASE_URL) they run on separate
 * pool connections, so the row locks are really exercised; on PGlite they interleave
 * between statements of one connection's serialised transactions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { AppError } from '../../errors.ts';
import type { UserActor } from '../../auth/actor.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { planPeerSession } from './plan-peer-session.ts';
import { completePeerSession } from './complete-peer-session.ts';
import { cancelPeerSession } from './cancel-peer-session.ts';
import { recordLedgerCorrection } from './record-ledger-correction.ts';
import { getPersonBalance, listPersonEntries } from './read-ledger.ts';
import { verifyStoredLedger } from './verify-ledger.ts';
import { addLedgerRulesVersion } from './ledger-rules.ts';
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

const plan = (giver: string, receivers: string[]) =>
	planPeerSession(t.db, staff, {
		giver,
		receivers,
		topic: 'Peer talk',
		scheduledAt: '2026-11-23T10:00:00Z'
	});

/** Counts outcomes by AppError code; anything else (a deadlock, a 500) fails the test. */
function outcomes(results: PromiseSettledResult<unknown>[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const result of results) {
		let key = 'ok';
		if (result.status === 'rejected') {
			if (!(result.reason instanceof AppError)) throw result.reason;
			key = result.reason.code;
		}
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}

async function ledgerSum(): Promise<number> {
	const [row] = rowsOf<{ sum: number }>(
		await t.db.execute(sql`select coalesce(sum(points), 0)::int as sum from ledger_entries`)
	);
	return Number(row.sum);
}

describe('the floor under concurrent requests', () => {
	it('lets exactly two of thirty simultaneous plans for one receiver pass', async () => {
		const [receiver, ...givers] = await seedMembers(
			t.db,
			'R',
			...Array.from({ length: 30 }, (_, i) => `G${i}`)
		);
		const results = await Promise.allSettled(givers.map((giver) => plan(giver, [receiver])));
		expect(outcomes(results)).toEqual({ ok: 2, credit_floor: 28 });
		expect(await getPersonBalance(t.db, staff, receiver)).toMatchObject({
			reserved: 16,
			available: -16
		});
	});

	it('neither deadlocks nor overbooks when receivers are listed in opposite orders', async () => {
		const [a, b, ...givers] = await seedMembers(
			t.db,
			'A',
			'B',
			...Array.from({ length: 20 }, (_, i) => `G${i}`)
		);
		const results = await Promise.allSettled(
			givers.map((giver, i) => plan(giver, i % 2 ? [a, b] : [b, a]))
		);
		expect(outcomes(results)).toEqual({ ok: 2, credit_floor: 18 });
		for (const person of [a, b]) {
			expect((await getPersonBalance(t.db, staff, person)).available).toBe(-16);
		}
	});

	it('keeps the floor while completions, cancellations and plans for the same people race', async () => {
		const members = await seedMembers(t.db, 'M0', 'M1', 'M2', 'M3', 'M4', 'M5');
		const sessions: string[] = [];
		const attempts: Promise<unknown>[] = [];
		// Deterministic pseudo-random mix, so a failure can be replayed.
		let seed = 7;
		const next = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let wave = 0; wave < 6; wave++) {
			for (let i = 0; i < 25; i++) {
				const kind = next(10);
				if (kind < 6 || sessions.length === 0) {
					const giver = members[next(6)];
					const others = members.filter((m) => m !== giver);
					const receivers = [...new Set([others[next(5)], others[next(5)]])];
					attempts.push(plan(giver, receivers).then((s) => sessions.push(s.id)));
				} else if (kind < 9) {
					attempts.push(completePeerSession(t.db, staff, sessions[next(sessions.length)]));
				} else {
					attempts.push(cancelPeerSession(t.db, staff, sessions[next(sessions.length)]));
				}
			}
			const counts = outcomes(await Promise.allSettled(attempts.splice(0)));
			expect(
				Object.keys(counts).every((code) => ['ok', 'credit_floor', 'invalid_state'].includes(code))
			).toBe(true);
		}
		expect(sessions.length).toBeGreaterThan(10);
		for (const member of members) {
			const summary = await getPersonBalance(t.db, staff, member);
			expect(summary.available, member).toBeGreaterThanOrEqual(-16);
			expect(summary.balance, member).toBeGreaterThanOrEqual(-16);
		}
		expect(await ledgerSum()).toBe(0);
		expect((await verifyStoredLedger(t.db, staff)).violations).toEqual([]);
	});
});

describe('completing and cancelling under concurrent requests', () => {
	it('books a session once when it is completed twenty times at once', async () => {
		const [g, r1, r2] = await seedMembers(t.db, 'G', 'R1', 'R2');
		const session = await plan(g, [r1, r2]);
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, () => completePeerSession(t.db, staff, session.id))
		);
		expect(outcomes(results)).toEqual({ ok: 20 });
		expect(await listPersonEntries(t.db, staff, g)).toHaveLength(1);
		expect((await getPersonBalance(t.db, staff, g)).balance).toBe(16);
		expect((await getPersonBalance(t.db, staff, r1)).balance).toBe(-8);
	});

	it('lets either completing or cancelling win a race, never both', async () => {
		const [g] = await seedMembers(t.db, 'G');
		for (let round = 0; round < 5; round++) {
			// A new receiver each round: when completing wins twice, the floor must not stop round three.
			const [r] = await seedMembers(t.db, `R${round}`);
			const session = await plan(g, [r]);
			const results = await Promise.allSettled([
				cancelPeerSession(t.db, staff, session.id),
				completePeerSession(t.db, staff, session.id),
				cancelPeerSession(t.db, staff, session.id),
				completePeerSession(t.db, staff, session.id)
			]);
			const counts = outcomes(results);
			expect(counts.ok).toBe(2);
			expect(counts.invalid_state).toBe(2);
		}
		expect((await verifyStoredLedger(t.db, staff)).violations).toEqual([]);
	});

	it('keeps the sum at 0 with corrections racing sessions', async () => {
		const [g, r] = await seedMembers(t.db, 'G', 'R');
		const session = await plan(g, [r]);
		await Promise.all([
			completePeerSession(t.db, staff, session.id),
			...Array.from({ length: 10 }, (_, i) =>
				recordLedgerCorrection(t.db, staff, {
					person: i % 2 ? g : r,
					points: i + 1,
					reason: `fix ${i}`
				})
			)
		]);
		expect(await ledgerSum()).toBe(0);
		expect((await getPersonBalance(t.db, staff, r)).balance).toBe(-8 + 1 + 3 + 5 + 7 + 9);
	});
});

describe('opening credit under concurrent requests', () => {
	it('credits a new member once, however many first requests arrive together', async () => {
		await addLedgerRulesVersion(t.db, staff, {
			effectiveFrom: '2000-01-01T00:00:00Z',
			pointsPerSession: 8,
			floor: -16,
			openingCredit: 5
		});
		const [newcomer, ...receivers] = await seedMembers(
			t.db,
			'New',
			...Array.from({ length: 12 }, (_, i) => `R${i}`)
		);
		const results = await Promise.allSettled(
			receivers.map((receiver) => plan(newcomer, [receiver]))
		);
		expect(outcomes(results)).toEqual({ ok: 12 });
		const openings = (await listPersonEntries(t.db, staff, newcomer)).filter(
			(e) => e.kind === 'opening'
		);
		expect(openings).toHaveLength(1);
		expect(openings[0].points).toBe(5);
		expect(await ledgerSum()).toBe(0);
		expect((await verifyStoredLedger(t.db, staff)).violations).toEqual([]);
	});
});
