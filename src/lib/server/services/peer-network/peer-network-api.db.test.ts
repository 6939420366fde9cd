/** The network's JSON API through the real route handlers: statuses, 403/404 for outsiders. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { seedAccount } from './peer-network-test-fixtures.ts';
import * as requestsRoute from '../../../../routes/api/v1/peer-requests/+server.ts';
import * as requestRoute from '../../../../routes/api/v1/peer-requests/[id]/+server.ts';
import * as acceptRoute from '../../../../routes/api/v1/peer-requests/[id]/accept/+server.ts';
import * as declineRoute from '../../../../routes/api/v1/peer-requests/[id]/decline/+server.ts';
import * as assignRoute from '../../../../routes/api/v1/peer-requests/[id]/assign/+server.ts';
import * as cancelRoute from '../../../../routes/api/v1/peer-requests/[id]/cancel/+server.ts';
import * as planRoute from '../../../../routes/api/v1/peer-requests/[id]/plan/+server.ts';
import * as confirmRoute from '../../../../routes/api/v1/peer-sessions/[id]/confirm/+server.ts';
import * as feedbackRoute from '../../../../routes/api/v1/peer-sessions/[id]/feedback/+server.ts';
import * as preparationRoute from '../../../../routes/api/v1/peer-sessions/[id]/preparation/+server.ts';
import * as balanceRoute from '../../../../routes/api/v1/people/[id]/balance/+server.ts';

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

async function call(
	handler: Handler,
	actor: Actor,
	method: string,
	path: string,
	options: { body?: unknown; params?: Record<string, string> } = {}
) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, {
		method,
		headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		url,
		request,
		params: options.params ?? {},
		locals: { db: t.db, engine: t.engine, actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}

describe('the peer-network API', () => {
	it('runs a request from ask to feedback, and keeps outsiders out', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const eve = await seedAccount(t.db, 'Eve');
		const created = await call(requestsRoute.POST as Handler, ann.actor, 'POST', '/api/v1/peer-requests', {
			body: { category: 'pricing', question: 'My prices', giver: bo.personId }
		});
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({ status: 'asked', receiver: ann.personId, giver: bo.personId });
		const id = created.json.id as string;
		const params = { id };

		expect((await call(requestRoute.GET as Handler, eve.actor, 'GET', `/api/v1/peer-requests/${id}`, { params })).status).toBe(404);
		expect((await call(requestRoute.GET as Handler, staff, 'GET', `/api/v1/peer-requests/${id}`, { params })).status).toBe(200);
		expect(
			(await call(acceptRoute.POST as Handler, eve.actor, 'POST', `/x`, { params, body: { slots: ['2026-12-01T10:00'] } })).status
		).toBe(403);
		expect((await call(declineRoute.POST as Handler, ann.actor, 'POST', `/x`, { params, body: {} })).status).toBe(403);
		expect((await call(assignRoute.POST as Handler, eve.actor, 'POST', `/x`, { params, body: { giver: bo.personId } })).status).toBe(403);

		const accepted = await call(acceptRoute.POST as Handler, bo.actor, 'POST', `/x`, {
			params,
			body: { slots: ['2026-12-01T10:00:00+01:00', '2026-12-02T10:00'] }
		});
		expect(accepted.status).toBe(200);
		expect(accepted.json.slots).toHaveLength(2);
		const detail = await call(requestRoute.GET as Handler, ann.actor, 'GET', `/x`, { params });
		expect(detail.json.slots[0]).toMatchObject({ startsAt: '2026-12-01T09:00:00.000Z', chosen: false });

		expect((await call(planRoute.POST as Handler, bo.actor, 'POST', `/x`, { params, body: { slot: accepted.json.slots[0] } })).status).toBe(403);
		const planned = await call(planRoute.POST as Handler, ann.actor, 'POST', `/x`, { params, body: { slot: accepted.json.slots[0] } });
		expect(planned.status).toBe(200);
		const session = { id: planned.json.session as string };

		expect((await call(confirmRoute.POST as Handler, eve.actor, 'POST', `/x`, { params: session })).status).toBe(404);
		expect(
			(await call(preparationRoute.PUT as Handler, ann.actor, 'PUT', `/x`, { params: session, body: { methods: 'x' } })).status
		).toBe(403);
		const prepared = await call(preparationRoute.PUT as Handler, staff, 'PUT', `/x`, {
			params: session,
			body: { question: 'Prices', business: 'Bakery', methods: 'Cost-plus' }
		});
		expect(prepared).toMatchObject({ status: 200, json: { methods: 'Cost-plus' } });

		expect((await call(confirmRoute.POST as Handler, ann.actor, 'POST', `/x`, { params: session })).json.status).toBe('planned');
		const done = await call(confirmRoute.POST as Handler, bo.actor, 'POST', `/x`, { params: session });
		expect(done).toMatchObject({ status: 200, json: { status: 'completed' } });
		const balance = await call(balanceRoute.GET as Handler, staff, 'GET', `/x`, { params: { id: ann.personId } });
		expect(balance.json).toMatchObject({ balance: -8, received: 8 });

		expect((await call(feedbackRoute.POST as Handler, ann.actor, 'POST', `/x`, { params: session, body: { rating: 9 } })).status).toBe(422);
		const rated = await call(feedbackRoute.POST as Handler, ann.actor, 'POST', `/x`, { params: session, body: { rating: 5, comment: 'Great' } });
		expect(rated).toMatchObject({ status: 200, json: { rating: 5, comment: 'Great' } });
	});

	it('answers 409 credit_floor with a plain message, and staff assign declined requests', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const cas = await seedAccount(t.db, 'Cas');
		const ask = (giver?: string) =>
			call(requestsRoute.POST as Handler, ann.actor, 'POST', '/x', { body: { category: 'pricing', question: 'q', giver } });
		for (let i = 0; i < 2; i++) {
			const r = await ask(bo.personId);
			const a = await call(acceptRoute.POST as Handler, bo.actor, 'POST', '/x', { params: { id: r.json.id }, body: { slots: ['2026-12-01T10:00'] } });
			await call(planRoute.POST as Handler, ann.actor, 'POST', '/x', { params: { id: r.json.id }, body: { slot: a.json.slots[0] } });
		}
		const refused = await ask(bo.personId);
		expect(refused.status).toBe(409);
		expect(refused.json.error.code).toBe('credit_floor');
		expect(refused.json.error.message).toContain('Give a session yourself first');

		const other = await call(requestsRoute.POST as Handler, cas.actor, 'POST', '/x', { body: { category: 'finance', question: 'q', giver: bo.personId } });
		await call(declineRoute.POST as Handler, bo.actor, 'POST', '/x', { params: { id: other.json.id }, body: { reason: 'busy' } });
		const assigned = await call(assignRoute.POST as Handler, staff, 'POST', '/x', { params: { id: other.json.id }, body: { giver: ann.personId } });
		expect(assigned).toMatchObject({ status: 200, json: { status: 'asked', giver: ann.personId } });
		expect((await call(cancelRoute.POST as Handler, ann.actor, 'POST', '/x', { params: { id: other.json.id }, body: {} })).status).toBe(403);
		const cancelled = await call(cancelRoute.POST as Handler, cas.actor, 'POST', '/x', { params: { id: other.json.id }, body: { reason: 'solved' } });
		expect(cancelled).toMatchObject({ status: 200, json: { status: 'cancelled' } });
	});
});
