/** The cohorts JSON API through the real route handlers: statuses and ownership. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { apiFixtures, type Handler } from './cohort-api-test-fixtures.ts';
import * as cohortsRoute from '../../../../routes/api/v1/cohorts/+server.ts';
import * as cohortRoute from '../../../../routes/api/v1/cohorts/[id]/+server.ts';
import * as membersRoute from '../../../../routes/api/v1/cohorts/[id]/members/+server.ts';
import * as statusRoute from '../../../../routes/api/v1/cohorts/[id]/members/[memberId]/status/+server.ts';
import * as progressRoute from '../../../../routes/api/v1/cohorts/[id]/members/[memberId]/progress/+server.ts';
import * as sessionsRoute from '../../../../routes/api/v1/cohorts/[id]/sessions/+server.ts';
import * as attendanceRoute from '../../../../routes/api/v1/cohorts/[id]/sessions/[sessionId]/attendance/+server.ts';
import * as checkInRoute from '../../../../routes/api/v1/cohort-check-ins/+server.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t?.close();
});

const { call, account } = apiFixtures(() => t);

describe('the cohorts API', () => {
	it('creates, adds, ticks, checks in only for oneself, and keeps non-staff out', async () => {
		const staff = await account('staff-api@example.be', 'staff');
		const ann = await account('ann-api@example.be', 'member');
		const bo = await account('bo-api@example.be', 'innovator');
		const [annP, boP] = await t.db
			.insert(people)
			.values([
				{ displayName: 'Ann Api', email: 'ann-api@example.be', userId: ann.userId },
				{ displayName: 'Bo Api', email: 'bo-api@example.be', userId: bo.userId }
			])
			.returning();

		const created = await call(cohortsRoute.POST as Handler, staff, 'POST', '/api/v1/cohorts', { body: { name: 'Scalers 2030', kind: 'scalers_club', year: 2030 } });
		expect(created.status).toBe(201);
		const id = created.json.id as string;
		expect((await call(cohortsRoute.POST as Handler, staff, 'POST', '/api/v1/cohorts', { body: { name: '', kind: 'x', year: 1 } })).status).toBe(422);
		expect((await call(cohortsRoute.GET as Handler, ann, 'GET', '/api/v1/cohorts')).status).toBe(403);

		const a = await call(membersRoute.POST as Handler, staff, 'POST', `/api/v1/cohorts/${id}/members`, { params: { id }, body: { personId: annP.id } });
		const b = await call(membersRoute.POST as Handler, staff, 'POST', `/api/v1/cohorts/${id}/members`, { params: { id }, body: { personId: boP.id } });
		expect([a.status, b.status]).toEqual([201, 201]);
		expect((await call(membersRoute.POST as Handler, staff, 'POST', `/api/v1/cohorts/${id}/members`, { params: { id }, body: { personId: boP.id } })).status).toBe(409);

		const s = await call(sessionsRoute.POST as Handler, staff, 'POST', `/api/v1/cohorts/${id}/sessions`, {
			params: { id },
			body: { kind: 'workshop_stakeholders', title: 'Stakeholders', startsAt: '2026-01-05T10:00:00+01:00', materials: ['https://example.be/slides'] }
		});
		expect(s.status).toBe(201);
		const sessionId = s.json.id as string;
		const code = s.json.checkInCode as string;

		// Ann cannot tick, nor check in for Bo; she can for herself.
		const tickParams = { id, sessionId };
		expect((await call(attendanceRoute.POST as Handler, ann, 'POST', '/x', { params: tickParams, body: { memberId: a.json.id, present: true } })).status).toBe(403);
		expect((await call(checkInRoute.POST as Handler, ann, 'POST', '/api/v1/cohort-check-ins', { body: { code, memberId: b.json.id } })).status).toBe(403);
		const mine = await call(checkInRoute.POST as Handler, ann, 'POST', '/api/v1/cohort-check-ins', { body: { code } });
		expect(mine).toMatchObject({ status: 200, json: { memberId: a.json.id, present: true, how: 'self' } });
		const ticked = await call(attendanceRoute.POST as Handler, staff, 'POST', '/x', { params: tickParams, body: { memberId: b.json.id, present: true } });
		expect(ticked).toMatchObject({ status: 200, json: { how: 'staff', present: true } });

		expect((await call(cohortRoute.GET as Handler, bo, 'GET', '/x', { params: { id } })).status).toBe(403);
		const full = await call(cohortRoute.GET as Handler, staff, 'GET', '/x', { params: { id } });
		expect(full.status).toBe(200);
		expect(full.json.attendance).toHaveLength(2);

		const progressOf = (who: Actor, memberId: string) => call(progressRoute.GET as Handler, who, 'GET', '/x', { params: { id, memberId } });
		expect((await progressOf(bo, a.json.id)).status).toBe(403);
		const own = await progressOf(bo, b.json.id);
		expect(own).toMatchObject({ status: 200, json: { progress: { held: 1, attended: 1, done: true } } });
		expect(own.json.sessions[0]).not.toHaveProperty('checkInCode');

		expect((await call(statusRoute.POST as Handler, bo, 'POST', '/x', { params: { id, memberId: b.json.id }, body: { status: 'completed' } })).status).toBe(403);
		const done = await call(statusRoute.POST as Handler, staff, 'POST', '/x', { params: { id, memberId: b.json.id }, body: { status: 'completed' } });
		expect(done).toMatchObject({ status: 200, json: { status: 'completed' } });
	});
});
