/** The network's read API through the route handlers: sessions, my points, my requests, givers, overview. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { seedAccount, type SeededMember } from './peer-network-test-fixtures.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { acceptPeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import { completePeerSessionAsStaff, givePeerFeedback } from './peer-sessions.ts';
import { createPeerOffer, planPeerOffer, signUpPeerOffer } from './peer-offers.ts';
import * as sessionRoute from '../../../../routes/api/v1/peer-sessions/[id]/+server.ts';
import * as pointsRoute from '../../../../routes/api/v1/peer-points/+server.ts';
import * as requestsRoute from '../../../../routes/api/v1/peer-requests/+server.ts';
import * as giversRoute from '../../../../routes/api/v1/peer-givers/+server.ts';
import * as networkRoute from '../../../../routes/api/v1/peer-network/+server.ts';
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

async function get(handler: unknown, actor: Actor, path: string, id?: string) {
	const url = new URL(`http://localhost${path}`);
	const event = {
		url,
		request: new Request(url),
		params: id ? { id } : {},
		locals: { db: t.db, engine: t.engine, actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await (handler as Handler)(event);
	return { status: response.status, json: await response.json() };
}

async function planned(receiver: SeededMember, giver: SeededMember, category = 'pricing') {
	const r = await createPeerRequest(t.db, receiver.actor, { category, question: 'Prices?', business: 'A bike shop', giver: giver.personId }, 'en');
	const a = await acceptPeerRequest(t.db, giver.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
	const p = await choosePeerSlot(t.db, receiver.actor, { request: r.id, slot: a.slots[0] }, 'en');
	return { request: r.id, session: p.session };
}

describe('the network read API', () => {
	it('shows a session with its preparation template to participants and staff only', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const eve = await seedAccount(t.db, 'Eve');
		const { request, session } = await planned(ann, bo);
		const seen = await get(sessionRoute.GET, ann.actor, `/api/v1/peer-sessions/${session}`, session);
		expect(seen.status).toBe(200);
		expect(seen.json).toMatchObject({
			status: 'planned',
			cost: 8,
			giver: { id: bo.personId, name: 'Bo' },
			receivers: [{ id: ann.personId, name: 'Ann' }],
			request,
			role: 'receiver',
			preparation: { question: 'Prices?', business: 'A bike shop', methods: '', saved: false, updatedAt: null },
			can: { prepare: false, confirm: true, complete: false, feedback: false }
		});
		expect(seen.json.authors).toBeUndefined();
		expect((await get(sessionRoute.GET, eve.actor, '/x', session)).status).toBe(404);
		expect((await get(sessionRoute.GET, eve.actor, '/x', 'nope')).status).toBe(404);
		const byStaff = await get(sessionRoute.GET, staff, '/x', session);
		expect(byStaff.json).toMatchObject({ role: null, can: { complete: true }, authors: { planned: ann.actor.email, completed: null } });
	});

	it('shows a receiver only their own feedback; the giver and staff see all of it', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const [r1, r2] = [await seedAccount(t.db, 'R1'), await seedAccount(t.db, 'R2')];
		const offer = await createPeerOffer(t.db, gia.actor, { category: 'finance', topic: 'Budgets', startsAt: '2026-12-11T18:00', capacity: 3 });
		await signUpPeerOffer(t.db, r1.actor, { offer: offer.id });
		await signUpPeerOffer(t.db, r2.actor, { offer: offer.id });
		const { session } = await planPeerOffer(t.db, gia.actor, { offer: offer.id });
		await completePeerSessionAsStaff(t.db, staff, { session });
		await givePeerFeedback(t.db, r1.actor, { session, rating: 5, comment: 'Great' });
		await givePeerFeedback(t.db, r2.actor, { session, rating: 2, comment: 'Too fast' });
		const people = async (actor: Actor) =>
			(await get(sessionRoute.GET, actor, '/x', session)).json.feedback.map((f: { person: string }) => f.person).sort();
		expect(await people(r1.actor)).toEqual([r1.personId]);
		expect(await people(gia.actor)).toEqual([r1.personId, r2.personId].sort());
		expect(await people(staff)).toEqual([r1.personId, r2.personId].sort());
	});

	it('tells a member their points, the warning before the floor and what to do at it', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const fresh = await get(pointsRoute.GET, ann.actor, '/api/v1/peer-points');
		expect(fresh.json).toMatchObject({ person: ann.personId, balance: 0, sessionsLeft: 2, state: 'free', message: null, history: [] });

		const first = await planned(ann, bo);
		const reserved = await get(pointsRoute.GET, ann.actor, '/x');
		expect(reserved.json).toMatchObject({ balance: 0, reserved: 8, available: -8, state: 'lastOne' });
		expect(reserved.json.message).toBe('You can receive one more session; then it is your turn to give.');
		await completePeerSessionAsStaff(t.db, staff, { session: first.session });
		await completePeerSessionAsStaff(t.db, staff, { session: (await planned(ann, bo)).session });
		const floor = await get(pointsRoute.GET, ann.actor, '/x');
		expect(floor.json).toMatchObject({ balance: -16, received: 16, state: 'mustGive', pointsToEarn: 8, sessionsLeft: 0 });
		expect(floor.json.message).toContain('Give a session first (+8 points)');
		expect(floor.json.history.map((h: { balance: number }) => h.balance)).toEqual([0, -8, -16]);
		expect(floor.json.entries).toHaveLength(2);
		expect((await get(pointsRoute.GET, bo.actor, '/x')).json).toMatchObject({ balance: 16, given: 16 });
		expect((await get(pointsRoute.GET, { kind: 'anonymous' }, '/x')).status).toBe(401);
	});

	it('lists my requests, suggests givers for a skill and shows staff the network', async () => {
		const [term] = await t.db
			.insert(taxonomyTerms)
			.values({ kind: 'category', key: 'reads-api-pricing', labelNl: 'Prijzen', labelFr: 'Prix', labelEn: 'Pricing' })
			.returning();
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const cas = await seedAccount(t.db, 'Cas');
		await t.db.insert(personTerms).values({ personId: bo.personId, termId: term.id, relation: 'offer' });

		const givers = await get(giversRoute.GET, ann.actor, '/api/v1/peer-givers?category=reads-api-pricing&question=margins');
		expect(givers.status).toBe(200);
		expect(givers.json.givers.map((g: { id: string }) => g.id)).toEqual([bo.personId]);
		expect(givers.json.givers[0].reasons).toContain('Pricing');
		expect((await get(giversRoute.GET, ann.actor, '/api/v1/peer-givers')).status).toBe(422);

		const asked = await createPeerRequest(t.db, ann.actor, { category: 'reads-api-pricing', question: 'Margins', giver: bo.personId });
		const open = await createPeerRequest(t.db, cas.actor, { category: 'reads-api-pricing', question: 'Anyone?' });
		const mine = await get(requestsRoute.GET, ann.actor, '/api/v1/peer-requests');
		expect(mine.json.asked.map((r: { id: string }) => r.id)).toEqual([asked.id]);
		const bos = await get(requestsRoute.GET, bo.actor, '/api/v1/peer-requests');
		expect(bos.json.toAnswer.map((r: { id: string }) => r.id)).toEqual([asked.id]);
		expect(bos.json.openForMe.map((r: { id: string }) => r.id)).toEqual([open.id]);

		const { session } = await planned(cas, bo, 'reads-api-pricing');
		await completePeerSessionAsStaff(t.db, staff, { session });
		expect((await get(networkRoute.GET, ann.actor, '/api/v1/peer-network')).status).toBe(403);
		const network = await get(networkRoute.GET, staff, '/api/v1/peer-network');
		expect(network.status).toBe(200);
		expect(network.json.helped).toContainEqual({ giver: bo.personId, receiver: cas.personId, sessions: 1 });
		expect(network.json.giveNeverReceive.map((p: { id: string }) => p.id)).toContain(bo.personId);
		expect(network.json.waitingForGiver.find((w: { id: string }) => w.id === open.id)?.candidates).toEqual([{ id: bo.personId, name: 'Bo' }]);
		expect(network.json.mostOffered).toContainEqual({ skill: 'Pricing', people: 1 });
	});

	it('is in the OpenAPI document', () => {
		const paths = buildOpenApiDocument('http://localhost:3000').paths as Record<string, Record<string, unknown>>;
		expect(Object.keys(paths['/api/v1/peer-sessions/{id}'])).toEqual(['get']);
		expect(Object.keys(paths['/api/v1/peer-requests']).sort()).toEqual(['get', 'post']);
		for (const path of ['/api/v1/peer-points', '/api/v1/peer-givers', '/api/v1/peer-network']) {
			expect(Object.keys(paths[path])).toEqual(['get']);
		}
	});
});
