/** The giver (or staff) calls off a planned session, through the API route handler. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { peerOffers, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { getPersonBalance } from '../peer-ledger/read-ledger.ts';
import { verifyStoredLedger } from '../peer-ledger/verify-ledger.ts';
import { seedAccount } from './peer-network-test-fixtures.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { acceptPeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import { completePeerSessionAsStaff, loadPeerSessionView } from './peer-sessions.ts';
import { createPeerOffer, planPeerOffer, signUpPeerOffer } from './peer-offers.ts';
import * as callOffRoute from '../../../../routes/api/v1/peer-sessions/[id]/call-off/+server.ts';
import * as icsRoute from '../../../../routes/peer/sessions/[id]/invitation.ics/+server.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

async function callOff(actor: Actor, id: string, reason?: string) {
	const url = new URL(`http://localhost/api/v1/peer-sessions/${id}/call-off`);
	const event = {
		url,
		request: new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason }) }),
		params: { id },
		locals: { db: t.db, engine: t.engine, actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await (callOffRoute.POST as (e: RequestEvent) => Promise<Response>)(event);
	return { status: response.status, json: await response.json() };
}

async function download(actor: Actor, id: string) {
	const url = new URL(`http://localhost/peer/sessions/${id}/invitation.ics`);
	const event = { url, request: new Request(url), params: { id }, locals: { db: t.db, engine: t.engine, actor, locale: 'en' } };
	return (icsRoute.GET as unknown as (e: unknown) => Promise<Response>)(event);
}

const mailsTo = (email: string) =>
	t.db.select().from(outbox).where(and(eq(outbox.to, email), eq(outbox.kind, 'peerNetwork.calledOff')));

describe('calling a planned session off', () => {
	it('lets the giver call it off: points released, the request cancelled, the receiver told why', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const eve = await seedAccount(t.db, 'Eve');
		const r = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'Prices', giver: bo.personId }, 'en');
		const a = await acceptPeerRequest(t.db, bo.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
		const { session } = await choosePeerSlot(t.db, ann.actor, { request: r.id, slot: a.slots[0] }, 'en');
		expect((await loadPeerSessionView(t.db, bo.actor, session)).can.callOff).toBe(true);
		// The calendar file from the session page: the invitation's event, for participants only.
		const ics = await download(ann.actor, session);
		expect(ics.status).toBe(200);
		expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const text = await ics.text();
		expect(text).toContain('METHOD:REQUEST');
		expect(text).toContain(`UID:peer-session-${session}@sif`);
		expect(text).toContain('SUMMARY:Peer network: pricing with Bo');
		await expect(download(eve.actor, session)).rejects.toMatchObject({ status: 404 });
		expect((await loadPeerSessionView(t.db, ann.actor, session)).can.callOff).toBe(false);

		const byReceiver = await callOff(ann.actor, session);
		expect(byReceiver.status).toBe(403);
		expect(byReceiver.json.error.message).toBe('Only the giver or the team can call a session off. As a receiver, cancel your request.');
		expect((await callOff(eve.actor, session)).status).toBe(404);
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 8 });

		expect(await callOff(bo.actor, session, 'I am ill')).toMatchObject({ status: 200, json: { session, status: 'cancelled' } });
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 0, balance: 0 });
		const [request] = await t.db.select().from(peerRequests).where(eq(peerRequests.id, r.id));
		expect(request.status).toBe('cancelled');
		const mails = await mailsTo(ann.actor.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe('Session called off: pricing: Prices');
		expect(mails[0].text).toContain('Bo calls off the session');
		expect(mails[0].text).toContain('I am ill');
		const attached = (mails[0].attachments as { content: string; contentType: string }[])[0];
		expect(attached.contentType).toContain('method=CANCEL');
		const cancelIcs = Buffer.from(attached.content, 'base64').toString('utf8');
		expect(cancelIcs).toContain('METHOD:CANCEL');
		expect(cancelIcs).toContain(`UID:peer-session-${session}@sif`);
		expect(await mailsTo(bo.actor.email)).toHaveLength(0);
		// Again: 200, nothing more sent.
		expect((await callOff(bo.actor, session)).status).toBe(200);
		expect(await mailsTo(ann.actor.email)).toHaveLength(1);
	});

	it('lets staff call off a group session (the offer follows) and refuses a completed one', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const [r1, r2] = [await seedAccount(t.db, 'R1'), await seedAccount(t.db, 'R2')];
		const offer = await createPeerOffer(t.db, gia.actor, { category: 'finance', topic: 'Budgets', startsAt: '2026-12-11T18:00', capacity: 3 });
		await signUpPeerOffer(t.db, r1.actor, { offer: offer.id });
		await signUpPeerOffer(t.db, r2.actor, { offer: offer.id });
		const planned = await planPeerOffer(t.db, gia.actor, { offer: offer.id });
		expect((await callOff(staff, planned.session, 'Room not available')).status).toBe(200);
		const [row] = await t.db.select().from(peerOffers).where(eq(peerOffers.id, offer.id));
		expect(row.status).toBe('cancelled');
		for (const who of [gia, r1, r2]) {
			const mails = await mailsTo(who.actor.email);
			expect(mails).toHaveLength(1);
			expect(mails[0].text).toContain('The team calls off the session "Budgets"');
		}

		const again = await createPeerOffer(t.db, gia.actor, { category: 'finance', topic: 'Budgets 2', startsAt: '2026-12-12T18:00', capacity: 3 });
		await signUpPeerOffer(t.db, r1.actor, { offer: again.id });
		const second = await planPeerOffer(t.db, gia.actor, { offer: again.id });
		await completePeerSessionAsStaff(t.db, staff, { session: second.session });
		const late = await callOff(gia.actor, second.session);
		expect(late.status).toBe(409);
		expect(late.json.error.code).toBe('invalid_state');
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});
});
