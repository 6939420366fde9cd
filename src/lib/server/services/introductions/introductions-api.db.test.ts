import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { engagements, needs } from '../../db/schema/intake.ts';
import type { UserActor } from '../../auth/actor.ts';
import { callRoute, seedPerson, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from '../intake/intake-test-fixtures.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import * as introductionsRoute from '../../../../routes/api/v1/introductions/+server.ts';
import * as sendRoute from '../../../../routes/api/v1/introductions/[id]/send/+server.ts';
import * as outcomeRoute from '../../../../routes/api/v1/introductions/[id]/outcome/+server.ts';

let t: TestDb;
let staff: UserActor;
let innovatorId: string;
let needId: string;

beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
	staff = await seedStaffUser(t.db);
	const engagementId = await seedRequestedEngagement(t.db);
	const [row] = await t.db.select().from(engagements).where(eq(engagements.id, engagementId));
	innovatorId = row.personId;
	[{ id: needId }] = await t.db.select({ id: needs.id }).from(needs).where(eq(needs.engagementId, engagementId));
});
afterAll(async () => {
	await t.close();
});

describe('POST /api/v1/introductions', () => {
	it('answers 201 {id, status: "proposed"} for {innovator, person, need, note}', async () => {
		const other = await seedPerson(t.db, 'Fien Funder');
		const res = await callRoute(t.db, introductionsRoute.POST, '/api/v1/introductions', {
			actor: staff,
			body: { innovator: innovatorId, person: other.id, need: needId, note: 'Seed money' }
		});
		expect(res.status).toBe(201);
		expect(res.json).toEqual({ id: expect.any(String), status: 'proposed' });
		const sent = await callRoute(t.db, sendRoute.POST, `/api/v1/introductions/${res.json.id}/send`, {
			actor: staff,
			params: { id: res.json.id },
			body: {}
		});
		expect(sent.json).toEqual({ id: res.json.id, status: 'sent' });
		const early = await callRoute(t.db, outcomeRoute.POST, `/api/v1/introductions/${res.json.id}/outcome`, {
			actor: staff,
			params: { id: res.json.id },
			body: { version: 2, outcome: 'advice' }
		});
		expect(early.status).toBe(409);
		expect(early.json.error.code).toBe('invalid_state');
	});
	it('refuses a need of someone else, an unknown person and anonymous callers', async () => {
		const other = await seedPerson(t.db, 'Peer');
		const wrongNeed = await callRoute(t.db, introductionsRoute.POST, '/api/v1/introductions', {
			actor: staff,
			body: { innovator: other.id, person: innovatorId, need: needId, note: '' }
		});
		expect(wrongNeed.status).toBe(422);
		expect(wrongNeed.json.error.details.fields.need).toBeDefined();
		const unknown = await callRoute(t.db, introductionsRoute.POST, '/api/v1/introductions', {
			actor: staff,
			body: { innovator: innovatorId, person: crypto.randomUUID(), note: '' }
		});
		expect(unknown.status).toBe(422);
		const anon = await callRoute(t.db, introductionsRoute.POST, '/api/v1/introductions', {
			body: { innovator: innovatorId, person: other.id, note: '' }
		});
		expect(anon.status).toBe(401);
	});
	it('is in the OpenAPI document with the review and report operations', () => {
		const doc = buildOpenApiDocument('http://localhost') as { paths: Record<string, Record<string, unknown>> };
		for (const path of [
			'/api/v1/introductions',
			'/api/v1/support-requests',
			'/api/v1/engagements',
			'/api/v1/review-meetings',
			'/api/v1/review-items/{id}/actions',
			'/api/v1/reports/intake'
		]) {
			expect(doc.paths[path], path).toBeDefined();
		}
		expect(doc.paths['/api/v1/introductions'].post).toBeDefined();
	});
});
