import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { ledgerEntries } from '../../db/schema/peer-ledger.ts';
import type { UserActor } from '../../auth/actor.ts';
import { planPeerSession } from './plan-peer-session.ts';
import { completePeerSession } from './complete-peer-session.ts';
import { cancelPeerSession } from './cancel-peer-session.ts';
import { recordLedgerCorrection } from './record-ledger-correction.ts';
import { getFactoryBalance, getPersonBalance, listPersonEntries } from './read-ledger.ts';
import { verifyStoredLedger } from './verify-ledger.ts';
import { addLedgerRulesVersion } from './ledger-rules.ts';
import { expectAppError, seedMembers, seedStaffActor } from './ledger-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

const when = '2026-11-23T14:00:00+01:00';
const plan = (giver: string, receivers: string[], now?: Date) =>
	planPeerSession(
		t.db,
		staff,
		{ giver, receivers, topic: 'Pitching', scheduledAt: when },
		'en',
		now
	);

describe('planning, completing, cancelling', () => {
	it('moves 8 points per receiver to the giver on completion, once', async () => {
		const [giver, a, b] = await seedMembers(t.db, 'Giver', 'Ann', 'Bram');
		const session = await plan(giver, [a, b]);
		expect(session).toMatchObject({ status: 'planned', cost: 8, receivers: [a, b] });
		expect(await getPersonBalance(t.db, staff, a)).toEqual({
			balance: 0,
			reserved: 8,
			available: -8,
			given: 0,
			received: 0
		});

		expect(await completePeerSession(t.db, staff, session.id)).toEqual({
			id: session.id,
			status: 'completed'
		});
		expect(await completePeerSession(t.db, staff, session.id)).toEqual({
			id: session.id,
			status: 'completed'
		});
		expect(await getPersonBalance(t.db, staff, a)).toEqual({
			balance: -8,
			reserved: 0,
			available: -8,
			given: 0,
			received: 8
		});
		expect(await getPersonBalance(t.db, staff, giver)).toEqual({
			balance: 16,
			reserved: 0,
			available: 16,
			given: 16,
			received: 0
		});
		const entries = await listPersonEntries(t.db, staff, giver);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			session: session.id,
			person: giver,
			points: 16,
			kind: 'session',
			reason: null
		});
	});

	it('refuses the third session in a row at the floor, naming the receiver, balance and floor', async () => {
		const [giver, member, other] = await seedMembers(t.db, 'G', 'M', 'O');
		await completePeerSession(t.db, staff, (await plan(giver, [member])).id);
		await plan(giver, [member]);
		await expectAppError(plan(giver, [other, member]), 'credit_floor', {
			receiver: member,
			balance: -8,
			reserved: 8,
			available: -16,
			floor: -16
		});
		// Whole or not at all: the other receiver got no reservation.
		expect((await getPersonBalance(t.db, staff, other)).reserved).toBe(0);
	});

	it('answers 422 when the giver is also a receiver, 404 for an unknown person', async () => {
		const [g, r] = await seedMembers(t.db, 'G', 'R');
		await expectAppError(plan(g, [r, g]), 'validation_failed');
		await expectAppError(plan(g, ['00000000-0000-4000-8000-000000000000']), 'not_found');
	});

	it('cancels a planned session (releasing the points), again without fuss, never a completed one', async () => {
		const [g, r] = await seedMembers(t.db, 'G', 'R');
		const planned = await plan(g, [r]);
		expect(await cancelPeerSession(t.db, staff, planned.id)).toEqual({
			id: planned.id,
			status: 'cancelled'
		});
		expect(await cancelPeerSession(t.db, staff, planned.id)).toEqual({
			id: planned.id,
			status: 'cancelled'
		});
		expect((await getPersonBalance(t.db, staff, r)).reserved).toBe(0);
		await expectAppError(completePeerSession(t.db, staff, planned.id), 'invalid_state');
		const done = await plan(g, [r]);
		await completePeerSession(t.db, staff, done.id);
		await expectAppError(cancelPeerSession(t.db, staff, done.id), 'invalid_state');
		await expectAppError(cancelPeerSession(t.db, staff, 'not-a-uuid'), 'not_found');
	});
});

describe('corrections, the Factory account and verify', () => {
	it('books a correction against the Factory with reason and author; 422 without a reason', async () => {
		const [p] = await seedMembers(t.db, 'P');
		const before = (await getFactoryBalance(t.db, staff)).balance;
		const booked = await recordLedgerCorrection(t.db, staff, {
			person: p,
			points: -20,
			reason: 'Double booking'
		});
		expect(booked).toMatchObject({
			person: p,
			points: -20,
			reason: 'Double booking',
			author: staff.email
		});
		expect((await getPersonBalance(t.db, staff, p)).balance).toBe(-20);
		expect((await getFactoryBalance(t.db, staff)).balance).toBe(before + 20);
		const [entry] = await listPersonEntries(t.db, staff, p);
		expect(entry).toMatchObject({
			kind: 'correction',
			points: -20,
			reason: 'Double booking',
			session: null
		});
		await expectAppError(
			recordLedgerCorrection(t.db, staff, { person: p, points: 3, reason: '' }),
			'validation_failed'
		);
		await expectAppError(
			recordLedgerCorrection(t.db, staff, { person: p, points: 3 } as never),
			'validation_failed'
		);
		// Below the floor by a recorded correction: verify accepts it.
		expect((await verifyStoredLedger(t.db, staff)).violations).toEqual([]);
	});

	it('lists entries newest first', async () => {
		const [g, r] = await seedMembers(t.db, 'G', 'R');
		await completePeerSession(t.db, staff, (await plan(g, [r])).id);
		await recordLedgerCorrection(t.db, staff, { person: r, points: 8, reason: 'Goodwill' });
		const entries = await listPersonEntries(t.db, staff, r);
		expect(entries.map((e) => [e.kind, e.points])).toEqual([
			['correction', 8],
			['session', -8]
		]);
	});

	it('keeps entries append-only at the database', async () => {
		await expect(t.db.update(ledgerEntries).set({ points: 1000 })).rejects.toThrow();
		await expect(t.db.delete(ledgerEntries)).rejects.toThrow();
	});

	it('finds a corruption planted in the database', async () => {
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
		const [p] = await seedMembers(t.db, 'Forged');
		const [g] = await seedMembers(t.db, 'Forger');
		const giverAccount = sql`(select id from ledger_accounts where person_id = ${g})`;
		// An opening credit with no Factory counterpart: the sum is no longer 0.
		await t.db.execute(
			sql`insert into ledger_accounts (person_id, kind) values (${p}, 'person'), (${g}, 'person')`
		);
		await t.db.execute(
			sql`insert into ledger_entries (account_id, points, kind) values (${giverAccount}, 5, 'opening')`
		);
		const report = await verifyStoredLedger(t.db, staff);
		expect(report.ok).toBe(false);
		expect(report.violations.map((v) => v.invariant)).toContain('sum_is_zero');
		await t.db.execute(
			sql`insert into ledger_entries (account_id, points, kind) values ('00000000-0000-0000-0000-00000000f4c7', -5, 'opening')`
		);
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});
});

describe('settings', () => {
	it('applies new rules from their date on; planned sessions keep their cost', async () => {
		const [g, r, s] = await seedMembers(t.db, 'G', 'R', 'S');
		const old = await plan(g, [r], new Date('2026-11-30T12:00:00Z'));
		await addLedgerRulesVersion(t.db, staff, {
			effectiveFrom: '2026-12-01T00:00:00Z',
			pointsPerSession: 10,
			floor: -30,
			openingCredit: 4
		});
		const fresh = await plan(g, [s], new Date('2026-12-02T12:00:00Z'));
		expect(old.cost).toBe(8);
		expect(fresh.cost).toBe(10);
		await completePeerSession(t.db, staff, old.id);
		await completePeerSession(t.db, staff, fresh.id);
		expect((await getPersonBalance(t.db, staff, r)).balance).toBe(-8);
		// S opened its account under the new rules: 4 opening credit, then paid 10.
		expect(await getPersonBalance(t.db, staff, s)).toMatchObject({ balance: -6, received: 10 });
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});
});
