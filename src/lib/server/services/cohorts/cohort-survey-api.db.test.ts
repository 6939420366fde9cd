/** The cohort survey through the real route handlers: send (API), answer (public page), reports (API). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type Actor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { createUser } from '../accounts/users.ts';
import { createProgramme } from '../programmes/manage-programmes.ts';
import { createCohort } from './create-cohort.ts';
import { addMember } from './members.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import * as surveyRoute from '../../../../routes/api/v1/cohorts/[id]/survey/+server.ts';
import * as cohortReportRoute from '../../../../routes/api/v1/cohorts/[id]/report/+server.ts';
import * as programmeReportRoute from '../../../../routes/api/v1/programmes/[id]/report/+server.ts';
import * as surveyPage from '../../../../routes/(public)/cohort-survey/[token]/+page.server.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t?.close();
});

type Handler = (event: RequestEvent) => Promise<Response>;

async function call(handler: Handler, actor: Actor, method: string, params: Record<string, string>) {
	const url = new URL('http://localhost/api/v1/x');
	const event = { url, request: new Request(url, { method }), params, locals: { db: t.db, engine: t.engine, actor, locale: 'en' } } as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}

/** Posts the public survey form as an anonymous visitor. */
async function answer(token: string, fields: [string, string][]) {
	const body = new FormData();
	for (const [k, v] of fields) body.append(k, v);
	const url = new URL(`http://localhost/cohort-survey/${token}`);
	const event = { url, request: new Request(url, { method: 'POST', body }), params: { token }, locals: { db: t.db, engine: t.engine, actor: null, locale: 'en' } };
	return (surveyPage.actions.default as unknown as (e: unknown) => Promise<unknown>)(event);
}

async function account(email: string, role: UserActor['role']): Promise<UserActor> {
	const user = await createUser(t.db, systemActor('cli'), { email, name: email, role, password: 'correct horse battery' });
	return { kind: 'user', userId: user.id, role, name: email, email, locale: 'en', via: 'token' };
}

describe('the cohort survey API', () => {
	it('lets staff send and read, answers only through the link, with field errors', async () => {
		const staff = await account('staff-sapi@example.be', 'staff');
		const ann = await account('ann-sapi@example.be', 'member');
		const { id: programmeId } = await createProgramme(t.db, staff, { name: 'Survey API club', kind: 'startup_club' });
		const cohort = await createCohort(t.db, staff, { name: 'Survey API', kind: 'startup_club', year: 2033, programmeId });
		const [p] = await t.db.insert(people).values({ displayName: 'Ann Sapi', email: 'ann-sapi@example.be', userId: ann.userId, locale: 'en' }).returning();
		await addMember(t.db, staff, cohort.id, { personId: p.id });

		expect((await call(surveyRoute.POST as Handler, ann, 'POST', { id: cohort.id })).status).toBe(403);
		expect((await call(surveyRoute.POST as Handler, staff, 'POST', { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
		const sent = await call(surveyRoute.POST as Handler, staff, 'POST', { id: cohort.id });
		expect(sent).toEqual({ status: 200, json: { sent: 1, alreadyInvited: 0, withoutEmail: [] } });

		const [mail] = await t.db.select().from(outbox).where(and(eq(outbox.to, 'ann-sapi@example.be'), eq(outbox.kind, 'cohort.survey')));
		const token = /\/cohort-survey\/(cs_[a-z0-9]+)/.exec(mail.text)![1];

		const bad = (await answer(token, [['rating', '0']])) as { status: number; data: { errors: Record<string, string[]> } };
		expect(bad.status).toBe(422);
		expect(bad.data.errors).toMatchObject({ rating: ['Choose a rating from 1 to 5.'], wouldRecommend: ['Choose yes or no.'] });
		expect(((await answer('cs_someone-else', [['rating', '4'], ['wouldRecommend', 'yes']])) as { status: number }).status).toBe(404);
		expect(await answer(token, [['rating', '4'], ['wouldRecommend', 'yes'], ['comment', 'Loved it']])).toEqual({ thanks: true });

		expect((await call(cohortReportRoute.GET as Handler, ann, 'GET', { id: cohort.id })).status).toBe(403);
		const report = await call(cohortReportRoute.GET as Handler, staff, 'GET', { id: cohort.id });
		expect(report.status).toBe(200);
		expect(report.json.survey).toMatchObject({ invited: 1, responses: 1, average: 4, recommendYes: 1, comments: ['Loved it'] });
		const programme = await call(programmeReportRoute.GET as Handler, staff, 'GET', { id: programmeId });
		expect(programme.status).toBe(200);
		expect(programme.json.survey).toMatchObject({ invited: 1, responses: 1, average: 4, comments: [{ cohort: 'Survey API', text: 'Loved it' }] });
		expect(programme.json.cohorts[0]).toMatchObject({ surveyResponses: 1, surveyAverage: 4 });

		const doc = buildOpenApiDocument('http://localhost:3000') as { paths: Record<string, Record<string, { operationId?: string }>> };
		expect(doc.paths['/api/v1/cohorts/{id}/survey'].post.operationId).toBe('sendCohortSurvey');
	});
});
