/**
 * The contract's JSON API, through the real route handlers (handleOperation: policy,
 * parsing, status codes, the error shape) on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import type { Actor } from '../../auth/actor.ts';
import { seedMembers, seedStaffActor } from './ledger-test-fixtures.ts';
import * as sessionsRoute from '../../../../routes/api/v1/peer-sessions/+server.ts';
import * as completeRoute from '../../../../routes/api/v1/peer-sessions/[id]/complete/+server.ts';
import * as cancelRoute from '../../../../routes/api/v1/peer-sessions/[id]/cancel/+server.ts';
import * as balanceRoute from '../../../../routes/api/v1/people/[id]/balance/+server.ts';
import * as entriesRoute from '../../../../routes/api/v1/ledger/entries/+server.ts';
import * as correctionsRoute from '../../../../routes/api/v1/ledger/corrections/+server.ts';
import * as factoryRoute from '../../../../routes/api/v1/ledger/factory/+server.ts';

let t: TestDb;
let staff: Actor;
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
	path: string,
	options: { body?: unknown; params?: Record<string, string>; actor?: Actor } = {}
) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, {
		method: options.body === undefined ? 'GET' : 'POST',
		headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		url,
		request,
		params: options.params ?? {},
		locals: { db: t.db, engine: t.engine, actor: options.actor ?? staff, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}

const post = (
	handler: Handler,
	path: string,
	body: unknown = {},
	params?: Record<string, string>
) => call(handler, path, { body, params });

describe('the peer-learning API', () => {
	it('plans, completes (twice), and reports balances and entries as the contract says', async () => {
		const [giver, a, b] = await seedMembers(t.db, 'Giver', 'Ann', 'Bram');
		const planned = await post(sessionsRoute.POST, '/api/v1/peer-sessions', {
			giver,
			receivers: [a, b],
			topic: 'Impact measurement',
			scheduledAt: '2026-11-20T10:00:00+01:00'
		});
		expect(planned.status).toBe(201);
		expect(planned.json).toMatchObject({ status: 'planned' });
		const id = planned.json.id as string;

		const balanceA = await call(balanceRoute.GET, `/api/v1/people/${a}/balance`, {
			params: { id: a }
		});
		expect(balanceA).toEqual({
			status: 200,
			json: { balance: 0, reserved: 8, available: -8, given: 0, received: 0 }
		});

		for (let i = 0; i < 2; i++) {
			const done = await post(
				completeRoute.POST,
				`/api/v1/peer-sessions/${id}/complete`,
				undefined,
				{ id }
			);
			expect(done.status).toBe(200);
			expect(done.json.status).toBe('completed');
		}
		const balanceG = await call(balanceRoute.GET, `/api/v1/people/${giver}/balance`, {
			params: { id: giver }
		});
		expect(balanceG.json).toEqual({
			balance: 16,
			reserved: 0,
			available: 16,
			given: 16,
			received: 0
		});

		const entries = await call(entriesRoute.GET, `/api/v1/ledger/entries?person=${a}`);
		expect(entries.status).toBe(200);
		expect(entries.json.entries).toHaveLength(1);
		expect(entries.json.entries[0]).toMatchObject({
			session: id,
			person: a,
			points: -8,
			kind: 'session',
			reason: null
		});
		// Staff planned and completed it through the API: the entry names them.
		const email = (staff as { email: string }).email;
		expect(entries.json.entries[0]).toMatchObject({ author: email, plannedBy: email });
		// The contract's fields, plus two it allows as extensions: who booked it, who planned it.
		expect(Object.keys(entries.json.entries[0]).sort()).toEqual([
			'author',
			'createdAt',
			'id',
			'kind',
			'person',
			'plannedBy',
			'points',
			'reason',
			'session'
		]);

		const cancel = await post(cancelRoute.POST, `/api/v1/peer-sessions/${id}/cancel`, undefined, {
			id
		});
		expect(cancel.status).toBe(409);
		expect(cancel.json.error.code).toBe('invalid_state');
	});

	it('answers 409 credit_floor with the details, and 422 when the giver also receives', async () => {
		const [g, m] = await seedMembers(t.db, 'G', 'M');
		const body = { giver: g, receivers: [m], topic: 'Legal', scheduledAt: '2026-11-20T10:00:00Z' };
		expect((await post(sessionsRoute.POST, '/api/v1/peer-sessions', body)).status).toBe(201);
		expect((await post(sessionsRoute.POST, '/api/v1/peer-sessions', body)).status).toBe(201);
		const refused = await post(sessionsRoute.POST, '/api/v1/peer-sessions', body);
		expect(refused.status).toBe(409);
		expect(refused.json.error.code).toBe('credit_floor');
		expect(refused.json.error.details).toEqual({
			receiver: m,
			balance: 0,
			reserved: 16,
			available: -16,
			floor: -16
		});

		const self = await post(sessionsRoute.POST, '/api/v1/peer-sessions', {
			...body,
			receivers: [g]
		});
		expect(self.status).toBe(422);
	});

	it('cancels twice with 200, and refuses to complete a cancelled session with 409', async () => {
		const [g, m] = await seedMembers(t.db, 'G', 'M');
		const { json } = await post(sessionsRoute.POST, '/api/v1/peer-sessions', {
			giver: g,
			receivers: [m],
			topic: 'Funding',
			scheduledAt: '2026-11-20T10:00:00Z'
		});
		for (let i = 0; i < 2; i++) {
			const cancelled = await post(cancelRoute.POST, '/x', undefined, { id: json.id });
			expect(cancelled).toEqual({ status: 200, json: { id: json.id, status: 'cancelled' } });
		}
		const complete = await post(completeRoute.POST, '/x', undefined, { id: json.id });
		expect(complete.status).toBe(409);
		expect((await post(completeRoute.POST, '/x', undefined, { id: 'nope' })).status).toBe(404);
	});

	it('books corrections with 201, refuses them without a reason (422), and shows the Factory balance', async () => {
		const [p] = await seedMembers(t.db, 'P');
		const before = (await call(factoryRoute.GET, '/api/v1/ledger/factory')).json.balance as number;
		const booked = await post(correctionsRoute.POST, '/api/v1/ledger/corrections', {
			person: p,
			points: 5,
			reason: 'Welcome gift'
		});
		expect(booked.status).toBe(201);
		const missing = await post(correctionsRoute.POST, '/api/v1/ledger/corrections', {
			person: p,
			points: 5
		});
		expect(missing.status).toBe(422);
		expect(missing.json.error.code).toBe('validation_failed');
		expect(await call(factoryRoute.GET, '/api/v1/ledger/factory')).toEqual({
			status: 200,
			json: { balance: before - 5 }
		});
	});

	it('refuses anonymous callers (401) and members (403)', async () => {
		const anonymous = await call(factoryRoute.GET, '/api/v1/ledger/factory', {
			actor: { kind: 'anonymous' }
		});
		expect(anonymous.status).toBe(401);
		const member: Actor = {
			kind: 'user',
			userId: crypto.randomUUID(),
			role: 'member',
			name: 'M',
			email: 'm@example.be',
			locale: 'en',
			via: 'token'
		};
		expect((await call(factoryRoute.GET, '/api/v1/ledger/factory', { actor: member })).status).toBe(
			403
		);
	});
});
