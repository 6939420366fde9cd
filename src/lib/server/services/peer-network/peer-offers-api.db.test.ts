/** Group offers through the real API route handlers: statuses, codes, role and ownership. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { planPeerSession } from '../peer-ledger/plan-peer-session.ts';
import { getPersonBalance } from '../peer-ledger/read-ledger.ts';
import { seedAccount } from './peer-network-test-fixtures.ts';
import { loadPeerHome } from './peer-views.ts';
import * as offersRoute from '../../../../routes/api/v1/peer-offers/+server.ts';
import * as offerRoute from '../../../../routes/api/v1/peer-offers/[id]/+server.ts';
import * as signupRoute from '../../../../routes/api/v1/peer-offers/[id]/signup/+server.ts';
import * as planRoute from '../../../../routes/api/v1/peer-offers/[id]/plan/+server.ts';
import * as withdrawRoute from '../../../../routes/api/v1/peer-offers/[id]/withdraw/+server.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';

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

async function call(handler: unknown, actor: Actor, method: string, path: string, options: { body?: unknown; id?: string } = {}) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, {
		method,
		headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		url,
		request,
		params: options.id ? { id: options.id } : {},
		locals: { db: t.db, engine: t.engine, actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await (handler as Handler)(event);
	return { status: response.status, json: await response.json() };
}

const offer = (capacity = 2) => ({ category: 'marketing', topic: 'Social media basics', startsAt: '2026-12-10T18:00', capacity });

describe('the group offers API', () => {
	it('offers, lists, signs up within capacity, takes a sign-up off and plans one ledger session', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const [ann, bo, cas] = [await seedAccount(t.db, 'Ann'), await seedAccount(t.db, 'Bo'), await seedAccount(t.db, 'Cas')];

		const bad = await call(offersRoute.POST, gia.actor, 'POST', '/api/v1/peer-offers', { body: { ...offer(), capacity: 0, topic: '' } });
		expect(bad.status).toBe(422);
		expect(bad.json.error.code).toBe('validation_failed');
		expect(Object.keys(bad.json.error.details.fields).sort()).toEqual(['capacity', 'topic']);

		const created = await call(offersRoute.POST, gia.actor, 'POST', '/api/v1/peer-offers', { body: offer() });
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({
			status: 'open',
			giver: gia.personId,
			giverName: 'Gia',
			topic: 'Social media basics',
			startsAt: '2026-12-10T17:00:00.000Z',
			capacity: 2,
			taken: 0,
			places: 2,
			mine: true,
			signups: []
		});
		const id = created.json.id as string;
		const path = `/api/v1/peer-offers/${id}`;

		// The giver cannot take a place in their own session.
		const own = await call(signupRoute.POST, gia.actor, 'POST', `${path}/signup`, { id });
		expect(own.status).toBe(422);
		expect(own.json.error.code).toBe('unprocessable');
		expect(await call(signupRoute.POST, ann.actor, 'POST', `${path}/signup`, { id })).toMatchObject({ status: 200, json: { offer: id, places: 1 } });
		// Again: still one place taken.
		expect(await call(signupRoute.POST, ann.actor, 'POST', `${path}/signup`, { id })).toMatchObject({ status: 200, json: { places: 1 } });
		expect((await call(signupRoute.POST, bo.actor, 'POST', `${path}/signup`, { id })).json.places).toBe(0);
		const full = await call(signupRoute.POST, cas.actor, 'POST', `${path}/signup`, { id });
		expect(full.status).toBe(409);
		expect(full.json.error.code).toBe('conflict');

		// Others see the offer and whether they signed up, not who else did; the giver and staff see the list.
		const seenByAnn = await call(offerRoute.GET, ann.actor, 'GET', path, { id });
		expect(seenByAnn.json).toMatchObject({ taken: 2, places: 0, signedUp: true, mine: false });
		expect(seenByAnn.json.signups).toBeUndefined();
		const seenByGia = await call(offerRoute.GET, gia.actor, 'GET', path, { id });
		expect(seenByGia.json.signups.map((s: { person: string }) => s.person)).toEqual([ann.personId, bo.personId]);
		expect((await call(offerRoute.GET, staff, 'GET', path, { id })).json.signups).toHaveLength(2);
		const list = await call(offersRoute.GET, cas.actor, 'GET', '/api/v1/peer-offers?status=open');
		expect(list.status).toBe(200);
		expect(list.json.offers.map((o: { id: string }) => o.id)).toContain(id);
		expect((await call(offersRoute.GET, cas.actor, 'GET', '/api/v1/peer-offers?status=bogus')).status).toBe(422);

		// Taking a sign-up off: someone else's only as the giver or staff.
		const notYours = await call(signupRoute.DELETE, cas.actor, 'DELETE', `${path}/signup?person=${ann.personId}`, { id });
		expect(notYours.status).toBe(403);
		expect(notYours.json.error.code).toBe('forbidden');
		expect(await call(signupRoute.DELETE, bo.actor, 'DELETE', `${path}/signup`, { id })).toMatchObject({
			status: 200,
			json: { offer: id, person: bo.personId }
		});
		const staffWithoutPerson = await call(signupRoute.DELETE, staff, 'DELETE', `${path}/signup`, { id });
		expect(staffWithoutPerson.status).toBe(422);
		expect(staffWithoutPerson.json.error.details.fields.person).toEqual(['Say whose sign-up to take off.']);
		expect((await call(signupRoute.POST, cas.actor, 'POST', `${path}/signup`, { id })).status).toBe(200);
		expect((await call(signupRoute.DELETE, gia.actor, 'DELETE', `${path}/signup?person=${cas.personId}`, { id })).status).toBe(200);

		// Planning: only the giver (or staff); one ledger session with every sign-up.
		const byReceiver = await call(planRoute.POST, ann.actor, 'POST', `${path}/plan`, { id });
		expect(byReceiver.status).toBe(403);
		const planned = await call(planRoute.POST, gia.actor, 'POST', `${path}/plan`, { id });
		expect(planned).toMatchObject({ status: 200, json: { offer: id, status: 'planned', receivers: [ann.personId] } });
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ reserved: 8 });
		const late = await call(signupRoute.POST, cas.actor, 'POST', `${path}/signup`, { id });
		expect(late.status).toBe(409);
		expect(late.json.error.code).toBe('invalid_state');
		expect((await call(withdrawRoute.POST, gia.actor, 'POST', `${path}/withdraw`, { id })).json.error.code).toBe('invalid_state');
		// A planned offer is no longer open: outsiders no longer see it, participants still do.
		expect((await call(offerRoute.GET, cas.actor, 'GET', path, { id })).status).toBe(404);
		expect((await call(offerRoute.GET, ann.actor, 'GET', path, { id })).json).toMatchObject({ status: 'planned', session: planned.json.session });
	});

	it('withdraws only for the giver or staff, refuses an empty plan and a member without room', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const ann = await seedAccount(t.db, 'Ann');
		const low = await seedAccount(t.db, 'Low');
		const first = await call(offersRoute.POST, gia.actor, 'POST', '/x', { body: offer(3) });
		const id = first.json.id as string;
		const empty = await call(planRoute.POST, gia.actor, 'POST', '/x', { id });
		expect(empty.status).toBe(422);
		expect(empty.json.error.code).toBe('unprocessable');

		// Low has received two sessions' worth already: at the floor, told in plain words.
		for (const topic of ['one', 'two']) {
			await planPeerSession(t.db, staff, { giver: ann.personId, receivers: [low.personId], topic, scheduledAt: '2026-12-01T10:00:00Z' });
		}
		const refused = await call(signupRoute.POST, low.actor, 'POST', '/x', { id });
		expect(refused.status).toBe(409);
		expect(refused.json.error.code).toBe('credit_floor');
		expect(refused.json.error.message).toContain('Give a session yourself first');

		// On the /peer page the giver and staff get the plan / withdraw / take-off controls, others do not.
		const controls = async (actor: Actor) => (await loadPeerHome(t.db, actor, 'en')).offers.find((o) => o.id === id)?.manage;
		expect(await controls(gia.actor)).toBe(true);
		expect(await controls(staff)).toBe(true);
		expect(await controls(ann.actor)).toBe(false);
		expect((await call(withdrawRoute.POST, ann.actor, 'POST', '/x', { id })).status).toBe(403);
		expect(await call(withdrawRoute.POST, gia.actor, 'POST', '/x', { id })).toMatchObject({ status: 200, json: { offer: id, status: 'cancelled' } });
		expect((await call(withdrawRoute.POST, gia.actor, 'POST', '/x', { id })).status).toBe(409);
		// Withdrawn offers: gone for others, kept for the giver and for staff.
		expect((await call(offerRoute.GET, ann.actor, 'GET', '/x', { id })).status).toBe(404);
		expect((await call(offersRoute.GET, gia.actor, 'GET', '/api/v1/peer-offers?status=cancelled')).json.offers.map((o: { id: string }) => o.id)).toEqual([id]);
		expect((await call(offersRoute.GET, staff, 'GET', '/api/v1/peer-offers?status=cancelled')).json.offers.map((o: { id: string }) => o.id)).toContain(id);

		const second = await call(offersRoute.POST, gia.actor, 'POST', '/x', { body: offer(3) });
		expect(await call(withdrawRoute.POST, staff, 'POST', '/x', { id: second.json.id })).toMatchObject({ status: 200, json: { status: 'cancelled' } });
		expect((await call(offerRoute.GET, ann.actor, 'GET', '/x', { id: 'not-a-uuid' })).status).toBe(404);
		expect((await call(signupRoute.POST, ann.actor, 'POST', '/x', { id: crypto.randomUUID() })).status).toBe(404);
	});

	it('is in the OpenAPI document like the other operations', () => {
		const paths = buildOpenApiDocument('http://localhost:3000').paths as Record<string, Record<string, { operationId?: string }>>;
		expect(Object.keys(paths['/api/v1/peer-offers']).sort()).toEqual(['get', 'post']);
		expect(Object.keys(paths['/api/v1/peer-offers/{id}'])).toEqual(['get']);
		expect(Object.keys(paths['/api/v1/peer-offers/{id}/signup']).sort()).toEqual(['delete', 'post']);
		expect(Object.keys(paths['/api/v1/peer-offers/{id}/plan'])).toEqual(['post']);
		expect(paths['/api/v1/peer-offers/{id}/withdraw'].post.operationId).toBe('withdrawPeerOffer');
	});

	it('keeps anonymous callers out', async () => {
		const answer = await call(offersRoute.GET, { kind: 'anonymous' }, 'GET', '/api/v1/peer-offers');
		expect(answer.status).toBe(401);
	});
});
