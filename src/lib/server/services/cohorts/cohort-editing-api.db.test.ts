/** Decision 076 through the real route handlers: edit, delete, message, admit, link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { people } from '../../db/schema/people.ts';
import { outbox } from '../../db/schema/core.ts';
import { programmeApplications, programmeCalls, programmes } from '../../db/schema/programmes.ts';
import { apiFixtures } from './cohort-api-test-fixtures.ts';
import * as cohortsRoute from '../../../../routes/api/v1/cohorts/+server.ts';
import * as cohortRoute from '../../../../routes/api/v1/cohorts/[id]/+server.ts';
import * as membersRoute from '../../../../routes/api/v1/cohorts/[id]/members/+server.ts';
import * as sessionsRoute from '../../../../routes/api/v1/cohorts/[id]/sessions/+server.ts';
import * as sessionRoute from '../../../../routes/api/v1/cohorts/[id]/sessions/[sessionId]/+server.ts';
import * as attendanceRoute from '../../../../routes/api/v1/cohorts/[id]/sessions/[sessionId]/attendance/+server.ts';
import * as messagesRoute from '../../../../routes/api/v1/cohorts/[id]/messages/+server.ts';
import * as engagementRoute from '../../../../routes/api/v1/cohorts/[id]/members/[memberId]/engagement/+server.ts';
import * as admitRoute from '../../../../routes/api/v1/calls/[id]/cohort-members/+server.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t?.close();
});

const { call, account } = apiFixtures(() => t);

describe('editing cohorts through the API', () => {
	it('PUT and DELETE a cohort and a session, with versions and confirmations; members e-mailed; staff only', async () => {
		const staff = await account('staff-edit-api@example.be', 'staff');
		const ann = await account('ann-edit-api@example.be', 'member');
		const [annP] = await t.db.insert(people).values({ displayName: 'Ann Edit', email: 'ann-edit-api@example.be', userId: ann.userId, locale: 'en' }).returning();

		const created = await call(cohortsRoute.POST, staff, 'POST', '/api/v1/cohorts', { body: { name: 'API club', kind: 'startup_club', year: 2040 } });
		expect(created.status).toBe(201);
		const id = created.json.id as string;
		const bad = await call(cohortsRoute.POST, staff, 'POST', '/api/v1/cohorts', { body: { name: 'X', kind: 'startup_club', year: 2040, programmeId: '00000000-0000-4000-8000-000000000000' } });
		expect(bad.status).toBe(422);
		expect(bad.json.error.details.fields.programmeId).toEqual(['This programme does not exist.']);

		const put = await call(cohortRoute.PUT, staff, 'PUT', `/api/v1/cohorts/${id}`, { params: { id }, body: { name: 'API club 2', kind: 'startup_club', year: 2040, version: 1 } });
		expect(put.status).toBe(200);
		expect(put.json).toMatchObject({ name: 'API club 2', version: 2 });
		const stale = await call(cohortRoute.PUT, staff, 'PUT', `/api/v1/cohorts/${id}`, { params: { id }, body: { name: 'Stale', kind: 'startup_club', year: 2040, version: 1 } });
		expect(stale.status).toBe(409);
		expect(stale.json.error.code).toBe('version_conflict');
		expect((await call(cohortRoute.PUT, ann, 'PUT', `/api/v1/cohorts/${id}`, { params: { id }, body: { name: 'X', kind: 'startup_club', year: 2040, version: 2 } })).status).toBe(403);

		const member = await call(membersRoute.POST, staff, 'POST', `/api/v1/cohorts/${id}/members`, { params: { id }, body: { personId: annP.id } });
		expect(member.status).toBe(201);
		const session = await call(sessionsRoute.POST, staff, 'POST', `/api/v1/cohorts/${id}/sessions`, {
			params: { id },
			body: { kind: 'masterclass', title: 'Far ahead', startsAt: '2099-05-01T09:00:00+02:00', place: 'Brussels' }
		});
		expect(session.status).toBe(201);
		const sid = session.json.id as string;
		const moved = await call(sessionRoute.PUT, staff, 'PUT', `/api/v1/cohorts/${id}/sessions/${sid}`, {
			params: { id, sessionId: sid },
			body: { kind: 'masterclass', title: 'Far ahead', startsAt: '2099-05-02T09:00:00+02:00', place: 'Brussels', version: 1 }
		});
		expect(moved.status).toBe(200);
		expect(moved.json).toMatchObject({ version: 2, mailed: 1 });
		const mails = await t.db.select().from(outbox).where(eq(outbox.to, 'ann-edit-api@example.be'));
		expect(mails.map((m) => m.kind).sort()).toEqual(['cohort.session_added', 'cohort.session_changed']);
		const invalid = await call(sessionRoute.PUT, staff, 'PUT', `/api/v1/cohorts/${id}/sessions/${sid}`, { params: { id, sessionId: sid }, body: { kind: 'masterclass', title: '', startsAt: 'soon', version: 2 } });
		expect(invalid.status).toBe(422);
		expect(Object.keys(invalid.json.error.details.fields).sort()).toEqual(['startsAt', 'title']);

		const tick = await call(attendanceRoute.POST, staff, 'POST', `/api/v1/cohorts/${id}/sessions/${sid}/attendance`, { params: { id, sessionId: sid }, body: { memberId: member.json.id, present: true } });
		expect(tick.status).toBe(200);
		const refused = await call(sessionRoute.DELETE, staff, 'DELETE', `/api/v1/cohorts/${id}/sessions/${sid}`, { params: { id, sessionId: sid } });
		expect(refused.status).toBe(409);
		expect(refused.json.error.details.lost).toEqual({ members: 0, sessions: 1, attendance: 1 });
		expect((await call(sessionRoute.DELETE, ann, 'DELETE', `/api/v1/cohorts/${id}/sessions/${sid}?confirm=true`, { params: { id, sessionId: sid } })).status).toBe(403);
		const deleted = await call(sessionRoute.DELETE, staff, 'DELETE', `/api/v1/cohorts/${id}/sessions/${sid}?confirm=true`, { params: { id, sessionId: sid } });
		expect(deleted.status).toBe(200);
		expect(deleted.json).toMatchObject({ deleted: true, lost: { attendance: 1 } });

		const message = await call(messagesRoute.POST, staff, 'POST', `/api/v1/cohorts/${id}/messages`, { params: { id }, body: { subject: 'Hello', body: 'Welcome aboard.' } });
		expect(message.status).toBe(200);
		expect(message.json).toEqual({ sent: 1, withoutEmail: [] });
		expect((await call(messagesRoute.POST, ann, 'POST', `/api/v1/cohorts/${id}/messages`, { params: { id }, body: { subject: 'x', body: 'y' } })).status).toBe(403);

		const linkNone = await call(engagementRoute.POST, staff, 'POST', `/api/v1/cohorts/${id}/members/${member.json.id}/engagement`, { params: { id, memberId: member.json.id } });
		expect(linkNone.status).toBe(409);
		expect(linkNone.json.error.message).toBe('Ann Edit has no open engagement.');

		const keep = await call(cohortRoute.DELETE, staff, 'DELETE', `/api/v1/cohorts/${id}`, { params: { id } });
		expect(keep.status).toBe(409);
		const gone = await call(cohortRoute.DELETE, staff, 'DELETE', `/api/v1/cohorts/${id}?confirm=true`, { params: { id } });
		expect(gone.status).toBe(200);
		expect((await call(cohortRoute.GET, staff, 'GET', `/api/v1/cohorts/${id}`, { params: { id } })).status).toBe(404);
	});

	it('POST /api/v1/calls/{id}/cohort-members admits the accepted applicants once', async () => {
		const staff = await account('staff-admit-api@example.be', 'staff');
		const applicant = await account('zoe-admit-api@example.be', 'innovator');
		const [programme] = await t.db.insert(programmes).values({ name: 'Thematic sport', kind: 'thematic_track' }).returning();
		const [c] = await t.db
			.insert(programmeCalls)
			.values({ programmeId: programme.id, title: 'Sport call', opensAt: new Date('2040-01-01T00:00:00Z'), closesAt: new Date('2040-02-01T00:00:00Z') })
			.returning();
		await t.db.insert(programmeApplications).values({ callId: c.id, applicantUserId: applicant.userId, status: 'accepted', submittedAt: new Date('2040-01-10T00:00:00Z') });
		const path = `/api/v1/calls/${c.id}/cohort-members`;
		const first = await call(admitRoute.POST, staff, 'POST', path, { params: { id: c.id }, body: { name: 'Sport track 2040', year: 2040, theme: 'sport' } });
		expect(first.status).toBe(200);
		expect(first.json.createdCohort).toBe(true);
		expect(first.json.added).toHaveLength(1);
		expect(first.json.added[0]).toMatchObject({ displayName: 'zoe-admit-api@example.be', createdPerson: true });
		const again = await call(admitRoute.POST, staff, 'POST', path, { params: { id: c.id }, body: { cohortId: first.json.cohortId } });
		expect(again.json.added).toEqual([]);
		expect(again.json.alreadyMembers.map((m: { memberId: string }) => m.memberId)).toEqual([first.json.added[0].memberId]);
		expect((await call(admitRoute.POST, applicant, 'POST', path, { params: { id: c.id }, body: { name: 'Mine', year: 2040 } })).status).toBe(403);
		const missing = await call(admitRoute.POST, staff, 'POST', path, { params: { id: c.id }, body: {} });
		expect(missing.status).toBe(422);
		expect(missing.json.error.details.fields.name).toEqual(['Choose a cohort or give a name for a new one.']);
	});
});
