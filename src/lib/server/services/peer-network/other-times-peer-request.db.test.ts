/** The receiver asks for other moments: service rules, the giver's e-mail and the JSON route. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { desc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { peerRequestSlots, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { expectAppError, seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { seedAccount } from './peer-network-test-fixtures.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { acceptPeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import { askOtherPeerTimes } from './other-times-peer-request.ts';
import * as otherTimesRoute from '../../../../routes/api/v1/peer-requests/[id]/other-times/+server.ts';

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
async function slotsOf(request: string) {
	return t.db.select().from(peerRequestSlots).where(eq(peerRequestSlots.requestId, request));
}
async function statusOf(request: string) {
	const [row] = await t.db.select({ status: peerRequests.status }).from(peerRequests).where(eq(peerRequests.id, request));
	return row.status;
}

/** Ann asks Bo, Bo accepts with two moments. */
async function acceptedRequest() {
	const ann = await seedAccount(t.db, 'Ann');
	const bo = await seedAccount(t.db, 'Bo');
	const request = await createPeerRequest(t.db, ann.actor, { category: 'pricing', question: 'Help with my prices', giver: bo.personId });
	const accepted = await acceptPeerRequest(t.db, bo.actor, { request: request.id, slots: ['2026-12-01T10:00', '2026-12-02T14:00'] });
	return { ann, bo, id: request.id, slots: accepted.slots };
}

describe('asking for other moments', () => {
	it('clears the slots, sends the request back to the giver with an e-mail, and the giver proposes again', async () => {
		const { ann, bo, id } = await acceptedRequest();
		const eve = await seedAccount(t.db, 'Eve');
		await expectAppError(askOtherPeerTimes(t.db, bo.actor, { request: id }), 'forbidden');
		await expectAppError(askOtherPeerTimes(t.db, eve.actor, { request: id }), 'forbidden');
		await expectAppError(askOtherPeerTimes(t.db, ann.actor, { request: id, message: 'x'.repeat(1001) }), 'validation_failed');
		expect(await statusOf(id)).toBe('accepted');

		const answer = await askOtherPeerTimes(t.db, ann.actor, { request: id, message: 'Mornings after 9 suit me' });
		expect(answer).toEqual({ id, status: 'asked' });
		expect(await statusOf(id)).toBe('asked');
		expect(await slotsOf(id)).toHaveLength(0);
		const [mail] = await mailsTo(bo.actor.email);
		expect(mail.kind).toBe('peerNetwork.otherTimes');
		expect(mail.subject).toBe('Ann asks for other moments');
		expect(mail.text).toContain('Mornings after 9 suit me');
		expect(mail.text).toContain(`/peer#request-${id}`);

		// Not twice: the slots are gone until the giver proposes new ones.
		await expectAppError(askOtherPeerTimes(t.db, ann.actor, { request: id }), 'invalid_state');
		const again = await acceptPeerRequest(t.db, bo.actor, { request: id, slots: ['2026-12-03T09:30'] });
		expect(again.status).toBe('accepted');
		expect((await slotsOf(id)).map((s) => s.id)).toEqual(again.slots);
		const planned = await choosePeerSlot(t.db, ann.actor, { request: id, slot: again.slots[0] });
		expect(planned.status).toBe('planned');
		// A picked slot cannot be asked away.
		await expectAppError(askOtherPeerTimes(t.db, ann.actor, { request: id }), 'invalid_state');
	});

	it('lets staff ask on the receiver’s behalf and writes the e-mail in the giver’s language', async () => {
		const { bo, id } = await acceptedRequest();
		await t.db.update(people).set({ locale: 'fr' }).where(eq(people.id, bo.personId));
		await askOtherPeerTimes(t.db, staff, { request: id });
		const [mail] = await mailsTo(bo.actor.email);
		expect(mail.subject).toBe('Ann demande d’autres moments');
		expect(mail.text).not.toContain('Message de la personne');
		expect(await statusOf(id)).toBe('asked');
	});
});

type Handler = (event: RequestEvent) => Promise<Response>;

async function post(actor: Actor, id: string, body: unknown) {
	const url = new URL(`http://localhost/api/v1/peer-requests/${id}/other-times`);
	const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	const event = { url, request, params: { id }, locals: { db: t.db, engine: t.engine, actor, locale: 'en' } } as unknown as RequestEvent;
	const response = await (otherTimesRoute.POST as Handler)(event);
	return { status: response.status, json: await response.json() };
}

describe('POST /api/v1/peer-requests/{id}/other-times', () => {
	it('answers 200 for the receiver, 403 for the giver, 409 once no slots are proposed, 404 for unknown ids', async () => {
		const { ann, bo, id } = await acceptedRequest();
		const refused = await post(bo.actor, id, { message: 'no' });
		expect(refused.status).toBe(403);
		expect(refused.json.error.code).toBe('forbidden');
		expect(await post(ann.actor, id, { message: 'Evenings please' })).toMatchObject({ status: 200, json: { id, status: 'asked' } });
		const twice = await post(ann.actor, id, {});
		expect(twice.status).toBe(409);
		expect(twice.json.error.code).toBe('invalid_state');
		expect((await post(ann.actor, '00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
	});
});
