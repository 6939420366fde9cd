/**
 * The network's records follow the ledger session whoever completes or cancels it (also
 * through the contract's API), and every ledger entry names who booked it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { peerOffers, peerRequests } from '../../db/schema/peer-network.ts';
import { peerSessions } from '../../db/schema/peer-ledger.ts';
import { systemActor, type Actor, type UserActor } from '../../auth/actor.ts';
import { seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { addLedgerRulesVersion } from '../peer-ledger/ledger-rules.ts';
import { recordLedgerCorrection } from '../peer-ledger/record-ledger-correction.ts';
import { cancelPeerSession } from '../peer-ledger/cancel-peer-session.ts';
import { completePeerSession } from '../peer-ledger/complete-peer-session.ts';
import { verifyStoredLedger } from '../peer-ledger/verify-ledger.ts';
import { AppError } from '../../errors.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { cancelPeerRequest } from './cancel-peer-request.ts';
import { acceptPeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import { confirmPeerSession, loadPeerSessionView } from './peer-sessions.ts';
import { createPeerOffer, planPeerOffer, signUpPeerOffer } from './peer-offers.ts';
import { ledgerCsv, listLedgerEntries } from './peer-staff-views.ts';
import { seedAccount, type SeededMember } from './peer-network-test-fixtures.ts';
import * as completeRoute from '../../../../routes/api/v1/peer-sessions/[id]/complete/+server.ts';
import * as cancelRoute from '../../../../routes/api/v1/peer-sessions/[id]/cancel/+server.ts';
import * as entriesRoute from '../../../../routes/api/v1/ledger/entries/+server.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

type Handler = (event: RequestEvent) => Promise<Response>;

async function call(handler: Handler, actor: Actor, path: string, params: Record<string, string> = {}) {
	const url = new URL(`http://localhost${path}`);
	const event = {
		url,
		request: new Request(url, { method: path.includes('/ledger/') ? 'GET' : 'POST' }),
		params,
		locals: { db: t.db, engine: t.engine, actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}

async function planned(receiver: SeededMember, giver: SeededMember) {
	const r = await createPeerRequest(t.db, receiver.actor, { category: 'pricing', question: 'Prices', giver: giver.personId }, 'en');
	const a = await acceptPeerRequest(t.db, giver.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
	const p = await choosePeerSlot(t.db, receiver.actor, { request: r.id, slot: a.slots[0] }, 'en');
	return { request: r.id, session: p.session };
}

const requestStatus = async (id: string) =>
	(await t.db.select({ s: peerRequests.status }).from(peerRequests).where(eq(peerRequests.id, id)))[0].s;

describe('requests follow their ledger session', () => {
	it('completes the request when staff complete the session through the ledger API', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { request, session } = await planned(ann, bo);
		expect(await requestStatus(request)).toBe('planned');
		const done = await call(completeRoute.POST as Handler, staff, `/api/v1/peer-sessions/${session}/complete`, { id: session });
		expect(done).toMatchObject({ status: 200, json: { status: 'completed' } });
		expect(await requestStatus(request)).toBe('completed');
		// Cancelling now is refused and the request stays completed.
		expect((await call(cancelRoute.POST as Handler, staff, '/x', { id: session })).status).toBe(409);
		expect(await requestStatus(request)).toBe('completed');
	});

	it('cancels the request (and a planned group offer) when the session is cancelled through the ledger', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { request, session } = await planned(ann, bo);
		const cancelled = await call(cancelRoute.POST as Handler, staff, '/x', { id: session });
		expect(cancelled).toMatchObject({ status: 200, json: { status: 'cancelled' } });
		expect(await requestStatus(request)).toBe('cancelled');

		const offer = await createPeerOffer(t.db, bo.actor, { category: 'finance', topic: 'Budgets', startsAt: '2026-12-11T18:00', capacity: 3 });
		await signUpPeerOffer(t.db, ann.actor, { offer: offer.id });
		const group = await planPeerOffer(t.db, bo.actor, { offer: offer.id });
		await cancelPeerSession(t.db, systemActor('cli'), group.session);
		const [row] = await t.db.select().from(peerOffers).where(eq(peerOffers.id, offer.id));
		expect(row.status).toBe('cancelled');
	});

	it('moves the request in the same transaction: a rollback keeps both planned', async () => {
		const bo = await seedAccount(t.db, 'Bo');
		const { request, session } = await planned(await seedAccount(t.db, 'Cy'), bo);
		await expect(
			t.db.transaction(async (tx) => {
				await completePeerSession(tx, staff, session);
				const [inside] = await tx.select({ s: peerRequests.status }).from(peerRequests).where(eq(peerRequests.id, request));
				expect(inside.s).toBe('completed');
				throw new Error('rollback');
			})
		).rejects.toThrow('rollback');
		expect(await requestStatus(request)).toBe('planned');
		const [row] = await t.db.select({ status: peerSessions.status }).from(peerSessions).where(eq(peerSessions.id, session));
		expect(row.status).toBe('planned');
	});
});

describe('cancelling a request while staff complete its session', () => {
	it('ends with one of them winning, never a deadlock (both lock the session before the request)', async () => {
		const bo = await seedAccount(t.db, 'Bo');
		for (let round = 0; round < 6; round++) {
			const ann = await seedAccount(t.db, `Ann${round}`);
			const { request, session } = await planned(ann, bo);
			const results = await Promise.allSettled([
				cancelPeerRequest(t.db, ann.actor, { request }, 'en'),
				completePeerSession(t.db, staff, session)
			]);
			const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
			for (const failure of failures) {
				expect(failure).toBeInstanceOf(AppError);
				expect((failure as AppError).code).toBe('invalid_state');
			}
			expect(failures.length).toBeLessThanOrEqual(1);
			const [row] = await t.db.select({ status: peerSessions.status }).from(peerSessions).where(eq(peerSessions.id, session));
			expect(await requestStatus(request)).toBe(row.status);
		}
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});
});

describe('every entry names its author', () => {
	it('books planning, completion, opening credit and corrections to the person who acted', async () => {
		await addLedgerRulesVersion(t.db, staff, { pointsPerSession: 8, floor: -16, openingCredit: 4, effectiveFrom: '2020-01-01T00:00:00Z' });
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { session } = await planned(ann, bo);
		await confirmPeerSession(t.db, bo.actor, { session });
		await confirmPeerSession(t.db, ann.actor, { session });
		await recordLedgerCorrection(t.db, staff, { person: bo.personId, points: -2, reason: 'Double booking' });

		const entries = await listLedgerEntries(t.db, staff, { person: ann.personId }, 'en');
		const sessionEntry = entries.find((e) => e.kind === 'session')!;
		// Ann confirmed last: her confirmation completed the session; she planned it by picking the moment.
		expect(sessionEntry).toMatchObject({ points: -8, author: ann.actor.email, plannedBy: ann.actor.email });
		expect(entries.find((e) => e.kind === 'opening')).toMatchObject({ points: 4, author: ann.actor.email });
		const boEntries = await listLedgerEntries(t.db, staff, { person: bo.personId }, 'en');
		expect(boEntries.find((e) => e.kind === 'correction')).toMatchObject({ author: staff.email, reason: 'Double booking' });

		const api = await call(entriesRoute.GET as Handler, staff, `/api/v1/ledger/entries?person=${ann.personId}`);
		expect(api.status).toBe(200);
		expect(api.json.entries.find((e: { kind: string }) => e.kind === 'session')).toMatchObject({
			session,
			person: ann.personId,
			points: -8,
			reason: null,
			author: ann.actor.email,
			plannedBy: ann.actor.email
		});

		const csv = await ledgerCsv(t.db, staff, 'en');
		expect(csv.split('\r\n')[0]).toBe('\uFEFFentry;booked_at;person_id;person;points;kind;session_id;session_topic;reason;author;planned_by');
		expect(csv).toContain(`;${ann.personId};Ann;-8;session;${session};pricing: Prices;;${ann.actor.email};${ann.actor.email}`);
		expect(csv).toContain(`;${bo.personId};Bo;-2;correction;;;Double booking;${staff.email};`);

		const view = await loadPeerSessionView(t.db, staff, session);
		expect(view.authors).toEqual({ planned: ann.actor.email, completed: ann.actor.email, cancelled: null });
		expect((await loadPeerSessionView(t.db, ann.actor, session)).authors).toBeNull();
		const [row] = await t.db.select().from(peerSessions).where(eq(peerSessions.id, session));
		expect(row).toMatchObject({ createdBy: ann.actor.userId, completedBy: ann.actor.userId });
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});

	it('records who cancelled a session', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { session } = await planned(ann, bo);
		expect((await call(cancelRoute.POST as Handler, staff, '/x', { id: session })).status).toBe(200);
		const [row] = await t.db.select().from(peerSessions).where(eq(peerSessions.id, session));
		expect(row).toMatchObject({ status: 'cancelled', cancelledBy: staff.userId, cancelledByLabel: staff.email });
		expect((await loadPeerSessionView(t.db, staff, session)).authors?.cancelled).toBe(staff.email);
	});
});
