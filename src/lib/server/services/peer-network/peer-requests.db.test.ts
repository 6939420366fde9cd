import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import type { UserActor } from '../../auth/actor.ts';
import { expectAppError, seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { getPersonBalance } from '../peer-ledger/read-ledger.ts';
import { completePeerSession } from '../peer-ledger/complete-peer-session.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { acceptPeerRequest, assignPeerGiver, declinePeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import { cancelPeerRequest } from './cancel-peer-request.ts';
import { seedAccount } from './peer-network-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

async function mailsTo(email: string) {
	return t.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.createdAt));
}

describe('a member asks a peer, the peer accepts, the member picks a slot', () => {
	it('plans a ledger session with .ics invitations for both', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const request = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'Help with my prices', giver: bo.personId });
		expect(request).toMatchObject({ status: 'asked', receiverId: ann.personId, giverId: bo.personId });
		expect((await mailsTo(bo.actor.email))[0].subject).toBe('Request to give a session');

		// Only the asked peer answers.
		await expectAppError(
			acceptPeerRequest(t.db, ann.actor, { request: request.id, slots: ['2026-12-01T10:00'] }),
			'forbidden'
		);
		const accepted = await acceptPeerRequest(t.db, bo.actor, {
			request: request.id,
			slots: ['2026-12-01T10:00', '2026-12-02T14:00']
		});
		expect(accepted.status).toBe('accepted');
		expect(accepted.slots).toHaveLength(2);
		expect((await mailsTo(ann.actor.email))[0].text).toContain('Bo');

		// Only the receiver picks the date.
		await expectAppError(choosePeerSlot(t.db, bo.actor, { request: request.id, slot: accepted.slots[1] }), 'forbidden');
		const planned = await choosePeerSlot(t.db, ann.actor, { request: request.id, slot: accepted.slots[1] });
		expect(planned.status).toBe('planned');
		const [row] = await t.db.select().from(peerRequests).where(eq(peerRequests.id, request.id));
		expect(row.sessionId).toBe(planned.session);
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ balance: 0, reserved: 8, available: -8 });

		for (const who of [ann, bo]) {
			const [mail] = await mailsTo(who.actor.email);
			expect(mail.kind).toBe('peerNetwork.planned');
			const [ics] = mail.attachments as { filename: string; content: string }[];
			expect(ics.filename).toBe('peer-session.ics');
			const text = Buffer.from(ics.content, 'base64').toString('utf8');
			expect(text).toContain('BEGIN:VEVENT');
			// 14:00 Brussels in December is 13:00 UTC.
			expect(text).toContain('DTSTART:20261202T130000Z');
		}

		// A planned request cannot be planned again.
		await expectAppError(choosePeerSlot(t.db, ann.actor, { request: request.id, slot: accepted.slots[0] }), 'invalid_state');
	});

	it('refuses an empty slot list and a slot of another request', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const one = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'One', giver: bo.personId });
		const two = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'Two', giver: bo.personId });
		await expectAppError(acceptPeerRequest(t.db, bo.actor, { request: one.id, slots: ['', ' '] }), 'validation_failed');
		await acceptPeerRequest(t.db, bo.actor, { request: one.id, slots: ['2026-12-01T10:00'] });
		const acceptedTwo = await acceptPeerRequest(t.db, bo.actor, { request: two.id, slots: ['2026-12-03T10:00'] });
		await expectAppError(choosePeerSlot(t.db, ann.actor, { request: one.id, slot: acceptedTwo.slots[0] }), 'not_found');
	});
});

describe('declining and assigning', () => {
	it('a declined request goes back to staff, who name another giver', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const cas = await seedAccount(t.db, 'Cas');
		const request = await createPeerRequest(t.db, ann.actor, { category: 'marketing', question: 'Instagram', giver: bo.personId });
		const declined = await declinePeerRequest(t.db, bo.actor, { request: request.id, reason: 'No time' });
		expect(declined.status).toBe('declined');
		expect((await mailsTo(ann.actor.email))[0].kind).toBe('peerNetwork.declined');
		await expectAppError(acceptPeerRequest(t.db, bo.actor, { request: request.id, slots: ['2026-12-01T10:00'] }), 'invalid_state');

		// Members may not name someone else; staff may.
		await expectAppError(assignPeerGiver(t.db, ann.actor, { request: request.id, giver: cas.personId }), 'forbidden');
		await expectAppError(assignPeerGiver(t.db, staff, { request: request.id, giver: ann.personId }), 'unprocessable');
		const assigned = await assignPeerGiver(t.db, staff, { request: request.id, giver: cas.personId });
		expect(assigned).toMatchObject({ status: 'asked', giver: cas.personId });
		expect((await mailsTo(cas.actor.email))[0].kind).toBe('peerNetwork.asked');
		const [row] = await t.db.select().from(peerRequests).where(eq(peerRequests.id, request.id));
		expect(row.declineReason).toBeNull();
	});

	it('an open request (no giver picked) waits for staff or a volunteer', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const dirk = await seedAccount(t.db, 'Dirk');
		const request = await createPeerRequest(t.db, ann.actor, { category: 'finance', question: 'Cash flow' });
		expect(request.status).toBe('open');
		const volunteered = await assignPeerGiver(t.db, dirk.actor, { request: request.id, giver: dirk.personId });
		expect(volunteered.status).toBe('asked');
		// Assigned already: a second assignment is a state error.
		await expectAppError(assignPeerGiver(t.db, staff, { request: request.id, giver: dirk.personId }), 'invalid_state');
	});

	it('refuses asking yourself and unknown peers', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		await expectAppError(createPeerRequest(t.db, ann.actor, { category: 'x', question: 'q', giver: ann.personId }), 'unprocessable');
		await expectAppError(
			createPeerRequest(t.db, ann.actor, { category: 'x', question: 'q', giver: crypto.randomUUID() }),
			'not_found'
		);
	});
});

describe('the floor, in plain words', () => {
	it('refuses a third request after two received sessions and says what to do', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		for (const q of ['first', 'second']) {
			const r = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: q, giver: bo.personId });
			const a = await acceptPeerRequest(t.db, bo.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
			const p = await choosePeerSlot(t.db, ann.actor, { request: r.id, slot: a.slots[0] });
			if (q === 'first') await completePeerSession(t.db, staff, p.session);
		}
		// -8 booked, 8 reserved: available -16, no room.
		const error = await expectAppError(
			createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'third', giver: bo.personId }, 'en'),
			'credit_floor'
		);
		expect(error.message).toBe(
			'Your balance is -16 points; a session costs 8 and the floor is -16. Give a session yourself first (+8 points).'
		);
		expect(error.status).toBe(409);
	});

	it('refuses at planning time when the room went in between (concurrent requests)', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const ids = [];
		for (const q of ['a', 'b', 'c']) {
			const r = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: q, giver: bo.personId });
			const a = await acceptPeerRequest(t.db, bo.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
			ids.push({ request: r.id, slot: a.slots[0] });
		}
		const results = await Promise.allSettled(ids.map((x) => choosePeerSlot(t.db, ann.actor, x, 'en')));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason.code).toBe('credit_floor');
		expect(refused.reason.message).toContain('Give a session yourself first');
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 16 });
	});
});

describe('cancelling', () => {
	it('releases the reservation of a planned request and tells the giver', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const r = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'Cancel me', giver: bo.personId });
		const a = await acceptPeerRequest(t.db, bo.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
		await choosePeerSlot(t.db, ann.actor, { request: r.id, slot: a.slots[0] });
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 8 });
		await expectAppError(cancelPeerRequest(t.db, bo.actor, { request: r.id }), 'forbidden');
		expect(await cancelPeerRequest(t.db, ann.actor, { request: r.id, reason: 'Found it myself' })).toMatchObject({ status: 'cancelled' });
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 0, balance: 0 });
		expect((await mailsTo(bo.actor.email))[0].kind).toBe('peerNetwork.cancelled');
		await expectAppError(cancelPeerRequest(t.db, ann.actor, { request: r.id }), 'invalid_state');
	});
});
