import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { createUser } from '../accounts/users.ts';
import { callRoute } from '../intake/intake-test-fixtures.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import * as programmesRoute from '../../../../routes/api/v1/programmes/+server.ts';
import * as callsRoute from '../../../../routes/api/v1/programmes/[id]/calls/+server.ts';
import * as callRoute_ from '../../../../routes/api/v1/calls/[id]/+server.ts';
import * as applicationRoute from '../../../../routes/api/v1/calls/[id]/application/+server.ts';
import * as reviewersRoute from '../../../../routes/api/v1/calls/[id]/reviewers/+server.ts';
import * as reviewsRoute from '../../../../routes/api/v1/calls/[id]/reviews/+server.ts';
import * as rankingRoute from '../../../../routes/api/v1/calls/[id]/ranking/+server.ts';
import * as reviewRoute from '../../../../routes/api/v1/applications/[id]/review/+server.ts';
import * as conflictRoute from '../../../../routes/api/v1/applications/[id]/conflict/+server.ts';
import * as decisionRoute from '../../../../routes/api/v1/applications/[id]/decision/+server.ts';

let t: TestDb;
const a: Record<string, UserActor> = {};

beforeAll(async () => {
	t = await createTestDb();
	for (const [key, role, locale] of [
		['staff', 'staff', 'nl'],
		['ann', 'innovator', 'en'],
		['ben', 'innovator', 'fr'],
		['jury', 'chancegiver', 'nl'],
		['rev', 'staff', 'nl']
	] as const) {
		const email = `${key}@api.example.be`;
		const u = await createUser(t.db, systemActor('cli'), { email, name: key.toUpperCase(), role, password: 'correct horse battery', locale });
		a[key] = { kind: 'user', userId: u.id, role, name: key, email, locale, via: 'token' };
	}
});
afterAll(async () => {
	await t.close();
});

describe('programmes API', () => {
	it('runs a call from creation to decisions, with ownership enforced', async () => {
		const p = await callRoute(t.db, programmesRoute.POST, '/api/v1/programmes', { actor: a.staff, body: { name: 'Scalers 2027', kind: 'scalers_club' } });
		expect(p.status).toBe(201);
		const c = await callRoute(t.db, callsRoute.POST, `/api/v1/programmes/${p.json.id}/calls`, {
			actor: a.staff,
			params: { id: p.json.id },
			body: {
				title: 'Scalers call',
				opensAt: new Date(Date.now() - 3600_000).toISOString(),
				closesAt: new Date(Date.now() + 86_400_000).toISOString(),
				blind: false,
				questions: [{ key: 'plan', label: 'Plan', kind: 'long_text', required: true }],
				criteria: [{ key: 'impact', label: 'Impact', weight: 1, max: 10 }]
			}
		});
		expect(c.status).toBe(201);
		const callId = c.json.id;
		const read = await callRoute(t.db, callRoute_.GET, `/api/v1/calls/${callId}`, { actor: a.ann, params: { id: callId } });
		expect(read.json.state).toBe('open');
		expect((await callRoute(t.db, programmesRoute.GET, '/api/v1/programmes', { actor: a.ann })).status).toBe(403);
		const update = {
			title: 'Scalers call',
			opensAt: read.json.opensAt,
			closesAt: read.json.closesAt,
			questions: read.json.questions,
			criteria: read.json.criteria
		};
		const stale = await callRoute(t.db, callRoute_.PUT, `/api/v1/calls/${callId}`, { actor: a.staff, params: { id: callId }, body: { ...update, version: 7 } });
		expect(stale.status).toBe(409);
		const updated = await callRoute(t.db, callRoute_.PUT, `/api/v1/calls/${callId}`, { actor: a.staff, params: { id: callId }, body: { ...update, version: 1 } });
		expect(updated.json).toEqual({ id: callId, version: 2 });
		expect((await callRoute(t.db, callRoute_.PUT, `/api/v1/calls/${callId}`, { actor: a.ann, params: { id: callId }, body: { ...update, version: 2 } })).status).toBe(403);

		const incomplete = await callRoute(t.db, applicationRoute.PUT, `/api/v1/calls/${callId}/application`, { actor: a.ann, params: { id: callId }, body: { answers: {}, submit: true } });
		expect(incomplete.status).toBe(422);
		expect(incomplete.json.error.details.fields.plan).toBeDefined();
		const annApp = await callRoute(t.db, applicationRoute.PUT, `/api/v1/calls/${callId}/application`, { actor: a.ann, params: { id: callId }, body: { answers: { plan: 'Grow' }, submit: true } });
		expect(annApp.json.status).toBe('submitted');
		const benApp = await callRoute(t.db, applicationRoute.PUT, `/api/v1/calls/${callId}/application`, { actor: a.ben, params: { id: callId }, body: { answers: { plan: 'Scale' }, submit: true } });
		// Each applicant sees only their own application.
		const benMine = await callRoute(t.db, applicationRoute.GET, `/api/v1/calls/${callId}/application`, { actor: a.ben, params: { id: callId } });
		expect(benMine.json.application.id).toBe(benApp.json.id);
		expect(benMine.json.application.answers).toEqual({ plan: 'Scale' });

		for (const who of ['jury', 'rev']) {
			const r = await callRoute(t.db, reviewersRoute.POST, `/api/v1/calls/${callId}/reviewers`, { actor: a.staff, params: { id: callId }, body: { email: `${who}@api.example.be` } });
			expect(r.status).toBe(201);
		}
		expect((await callRoute(t.db, reviewsRoute.GET, `/api/v1/calls/${callId}/reviews`, { actor: a.ann, params: { id: callId } })).status).toBe(403);

		const conflict = await callRoute(t.db, conflictRoute.POST, `/api/v1/applications/${annApp.json.id}/conflict`, { actor: a.jury, params: { id: annApp.json.id }, body: { reason: 'Former colleague' } });
		expect(conflict.json).toEqual({ ok: true });
		const juryView = await callRoute(t.db, reviewsRoute.GET, `/api/v1/calls/${callId}/reviews`, { actor: a.jury, params: { id: callId } });
		expect(juryView.json.applications.map((x: { id: string }) => x.id)).toEqual([benApp.json.id]);
		expect(juryView.json.conflicts).toBe(1);
		const refused = await callRoute(t.db, reviewRoute.PUT, `/api/v1/applications/${annApp.json.id}/review`, { actor: a.jury, params: { id: annApp.json.id }, body: { scores: { impact: 9 } } });
		expect(refused.status).toBe(404);
		const outOfRange = await callRoute(t.db, reviewRoute.PUT, `/api/v1/applications/${benApp.json.id}/review`, { actor: a.jury, params: { id: benApp.json.id }, body: { scores: { impact: 11 } } });
		expect(outOfRange.status).toBe(422);
		expect(outOfRange.json.error.details.fields['scores.impact']).toBeDefined();
		for (const [who, app, score] of [['jury', benApp, 4], ['rev', annApp, 9], ['rev', benApp, 3]] as const) {
			const r = await callRoute(t.db, reviewRoute.PUT, `/api/v1/applications/${app.json.id}/review`, { actor: a[who], params: { id: app.json.id }, body: { scores: { impact: score } } });
			expect(r.status).toBe(200);
		}
		const ranking = await callRoute(t.db, rankingRoute.GET, `/api/v1/calls/${callId}/ranking`, { actor: a.staff, params: { id: callId } });
		expect(ranking.json.ranking.map((r: { name: string; rank: number; reviews: number }) => [r.name, r.rank, r.reviews])).toEqual([
			['ANN', 1, 1],
			['BEN', 2, 2]
		]);
		expect((await callRoute(t.db, rankingRoute.GET, `/api/v1/calls/${callId}/ranking`, { actor: a.jury, params: { id: callId } })).status).toBe(403);

		const decided = await callRoute(t.db, decisionRoute.POST, `/api/v1/applications/${benApp.json.id}/decision`, { actor: a.staff, params: { id: benApp.json.id }, body: { status: 'rejected', note: 'Trop tôt' } });
		expect(decided.json.status).toBe('rejected');
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.kind, 'programme.decision'));
		expect(mail.to).toBe('ben@api.example.be');
		expect(mail.subject).toBe('Décision sur votre candidature : Scalers call');
	});

	it('lists the operations in the OpenAPI document', () => {
		const doc = buildOpenApiDocument('http://localhost') as { paths: Record<string, unknown> };
		for (const path of ['/api/v1/programmes', '/api/v1/calls/{id}', '/api/v1/calls/{id}/application', '/api/v1/calls/{id}/ranking', '/api/v1/applications/{id}/review', '/api/v1/applications/{id}/decision']) {
			expect(doc.paths[path]).toBeDefined();
		}
	});
});
