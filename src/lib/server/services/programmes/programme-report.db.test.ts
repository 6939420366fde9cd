import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { organisations, people, personOrganisations } from '../../db/schema/people.ts';
import { AppError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { callRoute } from '../intake/intake-test-fixtures.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import * as reportRoute from '../../../../routes/api/v1/programmes/[id]/report/+server.ts';
import * as cohortReportRoute from '../../../../routes/api/v1/cohorts/[id]/report/+server.ts';
import { createCall, createProgramme } from './manage-programmes.ts';
import { saveApplication } from './applications.ts';
import { decideApplication } from './selection.ts';
import { createCohort } from '../cohorts/create-cohort.ts';
import { addMember } from '../cohorts/members.ts';
import { addSession } from '../cohorts/sessions.ts';
import { markAttendance } from '../cohorts/attendance.ts';
import { programmeReport, programmeReportCsv } from './programme-report.ts';
import { reportIndex } from './report-index.ts';

let t: TestDb;
const a: Record<string, UserActor> = {};
const hour = 3600_000;

beforeAll(async () => {
	t = await createTestDb();
	for (const [key, role] of [
		['staff', 'staff'],
		['ann', 'innovator'],
		['bob', 'innovator'],
		['cara', 'innovator'],
		['dan', 'innovator']
	] as const) {
		const email = `${key}@report.example.be`;
		const u = await createUser(t.db, systemActor('cli'), { email, name: key[0].toUpperCase() + key.slice(1), role, password: 'correct horse battery', locale: 'en' });
		a[key] = { kind: 'user', userId: u.id, role, name: key, email, locale: 'en', via: 'token' };
	}
});
afterAll(async () => {
	await t.close();
});

async function openCall(programmeId: string, title: string) {
	const { id } = await createCall(t.db, a.staff, programmeId, {
		title,
		opensAt: new Date(Date.now() - hour),
		closesAt: new Date(Date.now() + 48 * hour),
		questions: [{ key: 'plan', label: 'Plan', kind: 'long_text', required: true }],
		criteria: [{ key: 'impact', label: 'Impact', weight: 1, max: 10 }]
	});
	return id;
}

describe('programme report', () => {
	it('counts per call, who was reached among applicants and accepted, cohort attendance; CSV and API agree', async () => {
		// Ann: a directory record made for this application, in an SME, in Brussels.
		// Dan: in the directory for years (not a first-time contact). Bob: no record at all.
		const [ann] = await t.db.insert(people).values({ displayName: 'Ann', email: 'ann@report.example.be', userId: a.ann.userId, region: 'brussels' }).returning();
		const [org] = await t.db.insert(organisations).values({ name: 'Ann bv', helix: 'smes' }).returning();
		await t.db.insert(personOrganisations).values({ personId: ann.id, organisationId: org.id });
		await t.db.insert(people).values({ displayName: 'Dan', email: 'dan@report.example.be', userId: a.dan.userId, region: 'wallonia', createdAt: new Date('2020-01-01') });

		const { id: programmeId } = await createProgramme(t.db, a.staff, { name: 'Start-up club 2031', kind: 'startup_club' });
		const spring = await openCall(programmeId, 'Spring');
		const autumn = await openCall(programmeId, 'Autumn');
		const annApp = await saveApplication(t.db, a.ann, spring, { plan: 'Grow' }, 'en', { submit: true });
		const bobApp = await saveApplication(t.db, a.bob, spring, { plan: 'Start' }, 'en', { submit: true });
		await saveApplication(t.db, a.cara, spring, { plan: 'Maybe' }); // a draft
		const danApp = await saveApplication(t.db, a.dan, autumn, { plan: 'Scale' }, 'en', { submit: true });
		await saveApplication(t.db, a.ann, autumn, { plan: 'Again' }, 'en', { submit: true }); // Ann counts once
		await decideApplication(t.db, a.staff, annApp.id, { status: 'accepted', note: '' });
		await decideApplication(t.db, a.staff, bobApp.id, { status: 'rejected', note: '' });
		await decideApplication(t.db, a.staff, danApp.id, { status: 'waitlisted', note: '' });

		// A cohort of this programme with one session held; another cohort is not counted.
		const cohort = await createCohort(t.db, a.staff, { name: 'Club 2031', kind: 'startup_club', year: 2031, programmeId });
		await createCohort(t.db, a.staff, { name: 'Other', kind: 'startup_club', year: 2031 });
		const member = await addMember(t.db, a.staff, cohort.id, { personId: ann.id });
		const session = await addSession(t.db, a.staff, cohort.id, { kind: 'masterclass', title: 'Impact', startsAt: '2025-06-01T09:00:00+02:00' });
		await addSession(t.db, a.staff, cohort.id, { kind: 'safari', title: 'Later', startsAt: '2099-06-01T09:00:00+02:00' });
		await markAttendance(t.db, a.staff, cohort.id, session.id, { memberId: member.id, present: true });

		const report = await programmeReport(t.db, a.staff, programmeId, 'en');
		const byTitle = Object.fromEntries(report.calls.map((c) => [c.title, c]));
		expect(byTitle.Spring).toMatchObject({ submitted: 2, drafts: 1, accepted: 1, waitlisted: 0, rejected: 1, acceptanceRate: 0.5, state: 'open' });
		expect(byTitle.Autumn).toMatchObject({ submitted: 2, drafts: 0, accepted: 0, waitlisted: 1, rejected: 0, acceptanceRate: 0 });
		expect(report.totals).toEqual({ drafts: 1, submitted: 4, accepted: 1, waitlisted: 1, rejected: 1, acceptanceRate: 0.25 });
		// Three people applied (Ann twice); Ann and Bob are first-time contacts, Dan was known.
		expect(report.reach.applicants).toMatchObject({ total: 3, linked: 2, firstTime: 2 });
		expect(report.reach.applicants.helix).toEqual([
			{ key: '', n: 2 },
			{ key: 'smes', n: 1 }
		]);
		expect(report.reach.applicants.regions).toEqual([
			{ key: '', n: 1 },
			{ key: 'brussels', n: 1 },
			{ key: 'wallonia', n: 1 }
		]);
		expect(report.reach.accepted).toMatchObject({ total: 1, linked: 1, firstTime: 1, helix: [{ key: 'smes', n: 1 }], regions: [{ key: 'brussels', n: 1 }] });
		expect(report.cohorts).toEqual([{ id: cohort.id, name: 'Club 2031', year: 2031, members: 1, completed: 0, sessionsHeld: 1, attendance: 100, surveyResponses: 0, surveyAverage: null }]);
		expect(report.survey).toMatchObject({ invited: 0, responses: 0, average: null, comments: [] });

		const csv = programmeReportCsv(report, 'en');
		expect(csv.startsWith('\uFEFFSection;Item;Figure;Value\r\n')).toBe(true);
		const lines = csv.trim().split('\r\n');
		expect(lines).toContain('Call;Spring;Acceptance rate;50%');
		expect(lines).toContain('Call;All calls;Submitted;4');
		expect(lines).toContain('Applicants;First-time contacts;people;2');
		expect(lines).toContain('Accepted;Helix;SMEs;1');
		expect(lines).toContain('Applicants;Region;Wallonia;1');
		expect(lines).toContain('Cohort;Club 2031 (2031);Attendance;100%');

		// The reports overview lists the programme with the same totals, and its cohorts.
		const index = await reportIndex(t.db, a.staff);
		expect(index.programmes.find((p) => p.id === programmeId)).toEqual({
			id: programmeId,
			name: 'Start-up club 2031',
			kind: 'startup_club',
			calls: 2,
			submitted: 4,
			drafts: 1,
			accepted: 1,
			acceptanceRate: 0.25
		});
		expect(index.cohorts.map((c) => c.name).sort()).toEqual(['Club 2031', 'Other']);
		await expect(reportIndex(t.db, a.ann)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'forbidden');

		await expect(programmeReport(t.db, a.ann, programmeId)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'forbidden');

		// The API answers the same figures, staff only, 404 for an unknown programme.
		const api = await callRoute(t.db, reportRoute.GET, `/api/v1/programmes/${programmeId}/report`, { actor: a.staff, params: { id: programmeId } });
		expect(api.status).toBe(200);
		expect(api.json.totals).toEqual(report.totals);
		expect(api.json.reach.applicants.firstTime).toBe(2);
		expect(api.json.calls.map((c: { title: string }) => c.title).sort()).toEqual(['Autumn', 'Spring']);
		expect((await callRoute(t.db, reportRoute.GET, `/api/v1/programmes/${programmeId}/report`, { actor: a.ann, params: { id: programmeId } })).status).toBe(403);
		const missing = '00000000-0000-4000-8000-000000000000';
		expect((await callRoute(t.db, reportRoute.GET, `/api/v1/programmes/${missing}/report`, { actor: a.staff, params: { id: missing } })).status).toBe(404);
		// The cohort report through the API: attendance and the same reach definitions.
		const cohortApi = await callRoute(t.db, cohortReportRoute.GET, `/api/v1/cohorts/${cohort.id}/report`, { actor: a.staff, params: { id: cohort.id } });
		expect(cohortApi.status).toBe(200);
		expect(cohortApi.json.overall).toBe(100);
		// Ann's membership came after her application: not a first-time contact in the cohort.
		expect(cohortApi.json.reach).toMatchObject({ total: 1, linked: 1, firstTime: 0, helix: [{ key: 'smes', n: 1 }], regions: [{ key: 'brussels', n: 1 }] });
		expect((await callRoute(t.db, cohortReportRoute.GET, `/api/v1/cohorts/${cohort.id}/report`, { actor: a.ann, params: { id: cohort.id } })).status).toBe(403);
		expect((buildOpenApiDocument('http://localhost') as { paths: Record<string, unknown> }).paths['/api/v1/cohorts/{id}/report']).toBeDefined();
		expect((buildOpenApiDocument('http://localhost') as { paths: Record<string, unknown> }).paths['/api/v1/programmes/{id}/report']).toBeDefined();
	});
});
