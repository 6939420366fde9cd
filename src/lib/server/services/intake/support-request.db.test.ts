import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox, auditLog } from '../../db/schema/core.ts';
import { people, personTerms, timelineEvents } from '../../db/schema/people.ts';
import { engagements, engagementTransitions, initiatives, needs } from '../../db/schema/intake.ts';
import { anonymous } from '../../auth/actor.ts';
import { submitSupportRequest, PUBLIC_REQUEST_LIMIT } from './submit-support-request.ts';
import { supportRequestFromForm } from './support-form.ts';
import { callRoute, expectAppError, seedStaffUser, seedTaxonomy, supportRequest } from './intake-test-fixtures.ts';
import * as supportRoute from '../../../../routes/api/v1/support-requests/+server.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
});
afterAll(async () => {
	await t.close();
});

describe('submitSupportRequest', () => {
	it('creates person, initiative, requested engagement, needs, history, timeline, audit and a confirmation in the person’s language', async () => {
		const input = supportRequest();
		const { id } = await submitSupportRequest(t.db, anonymous, input, 'en', { clientKey: 'a' });
		const [engagement] = await t.db.select().from(engagements).where(eq(engagements.id, id));
		expect(engagement).toMatchObject({ state: 'requested', source: 'public', version: 1 });
		const [person] = await t.db.select().from(people).where(eq(people.id, engagement.personId));
		expect(person).toMatchObject({ email: input.email, locale: 'fr', roles: ['innovator'], displayName: 'Iris Innovator' });
		const [initiative] = await t.db.select().from(initiatives).where(eq(initiatives.id, engagement.initiativeId));
		// keys and labels both resolve to taxonomy keys
		expect(initiative.themes).toEqual(['poverty', 'food']);
		const rows = await t.db.select().from(needs).where(eq(needs.engagementId, id));
		expect(rows.map((n) => n.category).sort()).toEqual(['funding', 'legal']);
		expect(rows.every((n) => n.status === 'open' && n.termId !== null)).toBe(true);
		const terms = await t.db.select().from(personTerms).where(eq(personTerms.personId, person.id));
		expect(terms.filter((r) => r.relation === 'theme')).toHaveLength(2);
		const history = await t.db.select().from(engagementTransitions).where(eq(engagementTransitions.engagementId, id));
		expect(history).toMatchObject([{ fromState: null, toState: 'requested', actorLabel: 'public' }]);
		const timeline = await t.db.select().from(timelineEvents).where(eq(timelineEvents.personId, person.id));
		expect(timeline.map((e) => e.kind)).toEqual(['intake.requested']);
		const mails = await t.db.select().from(outbox).where(eq(outbox.to, input.email));
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe('Nous avons reçu votre demande : Buurtkeuken');
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
		expect(audit.map((a) => a.action)).toEqual(['intake.request']);
	});

	it('finds an existing person by e-mail, whatever the case, for a second initiative', async () => {
		const input = supportRequest();
		const first = await submitSupportRequest(t.db, anonymous, input, 'en', { clientKey: 'b' });
		const second = await submitSupportRequest(
			t.db,
			anonymous,
			{ ...input, email: input.email.toUpperCase(), initiative: { ...input.initiative, title: 'Second idea' } },
			'en',
			{ clientKey: 'b' }
		);
		const rows = await t.db.select().from(engagements).where(eq(engagements.personId, (await personOf(first.id))!));
		expect(rows.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
	});

	it('keeps words the taxonomy does not know', async () => {
		const { id } = await submitSupportRequest(
			t.db,
			anonymous,
			supportRequest({ needs: [{ category: 'Storytelling', text: '' }] }),
			'en',
			{ clientKey: 'c' }
		);
		const [need] = await t.db.select().from(needs).where(eq(needs.engagementId, id));
		expect(need).toMatchObject({ category: 'Storytelling', termId: null });
	});

	it('stores nothing when the honeypot is filled, but answers like for a person', async () => {
		const input = supportRequest();
		const result = await submitSupportRequest(t.db, anonymous, input, 'en', { clientKey: 'd', honeypot: 'http://spam' });
		expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await t.db.select().from(people).where(eq(people.email, input.email))).toHaveLength(0);
		expect(await t.db.select().from(engagements).where(eq(engagements.id, result.id))).toHaveLength(0);
	});

	it('rate limits anonymous senders per client, but not staff', async () => {
		for (let i = 0; i < PUBLIC_REQUEST_LIMIT.count; i++) {
			await submitSupportRequest(t.db, anonymous, supportRequest(), 'en', { clientKey: 'flood' });
		}
		await expectAppError(submitSupportRequest(t.db, anonymous, supportRequest(), 'en', { clientKey: 'flood' }), 'rate_limited');
		const staff = await seedStaffUser(t.db);
		for (let i = 0; i < PUBLIC_REQUEST_LIMIT.count + 1; i++) {
			await submitSupportRequest(t.db, staff, supportRequest(), 'en', { clientKey: 'flood' });
		}
		const [last] = await t.db.select().from(engagements).where(eq(engagements.source, 'staff'));
		expect(last).toBeDefined();
	});

	it('maps the public form’s flat fields to the request', () => {
		const input = supportRequestFromForm({
			name: ' Ann ',
			email: 'ann@example.be',
			language: 'en',
			title: 'T',
			societalNeed: 'N',
			targetGroup: '',
			themes: ['poverty', 'food'],
			otherThemes: 'care, , sport',
			stage: 'idea',
			needCategory0: 'legal',
			needText0: 'statutes',
			needCategory1: '',
			needText1: ''
		});
		expect(input.name).toBe('Ann');
		expect(input.initiative.themes).toEqual(['poverty', 'food', 'care', 'sport']);
		expect(input.needs).toEqual([{ category: 'legal', text: 'statutes' }]);
	});
});

describe('POST /api/v1/support-requests', () => {
	it('answers 201 {id} without a token', async () => {
		const res = await callRoute(t.db, supportRoute.POST, '/api/v1/support-requests', { body: supportRequest(), ip: '198.51.100.7' });
		expect(res.status).toBe(201);
		expect(Object.keys(res.json)).toEqual(['id']);
		expect(await personOf(res.json.id)).toBeDefined();
	});

	it('refuses a title over 200 characters with 422 and the field', async () => {
		const body = supportRequest();
		body.initiative.title = 'x'.repeat(201);
		const res = await callRoute(t.db, supportRoute.POST, '/api/v1/support-requests', { body, ip: '198.51.100.8' });
		expect(res.status).toBe(422);
		expect(res.json.error.code).toBe('validation_failed');
		expect(Object.keys(res.json.error.details.fields)).toEqual(['initiative.title']);
	});

	it('answers 429 rate_limited after too many anonymous requests from one address', async () => {
		const statuses: number[] = [];
		for (let i = 0; i <= PUBLIC_REQUEST_LIMIT.count; i++) {
			statuses.push((await callRoute(t.db, supportRoute.POST, '/x', { body: supportRequest(), ip: '203.0.113.9' })).status);
		}
		expect(statuses.at(-1)).toBe(429);
		expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
	});
});

async function personOf(id: string) {
	const [row] = await t.db.select({ personId: engagements.personId }).from(engagements).where(eq(engagements.id, id));
	return row?.personId;
}
