import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog } from '../../db/schema/core.ts';
import { people, taxonomyTerms } from '../../db/schema/people.ts';
import type { UserActor } from '../../auth/actor.ts';
import { createPerson } from './create-person.ts';
import { updatePerson } from './update-person.ts';
import { getPerson } from './get-person.ts';
import { callRoute, expectAppError, seedUserActor, uniqueEmail } from './people-test-fixtures.ts';
import * as peopleRoute from '../../../../routes/api/v1/people/+server.ts';
import * as personRoute from '../../../../routes/api/v1/people/[id]/+server.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedUserActor(t.db, 'staff');
});
afterAll(async () => {
	await t.close();
});

describe('a fresh database', () => {
	it('already holds the default taxonomy with stable keys', async () => {
		const rows = await t.db.select().from(taxonomyTerms);
		const keys = rows.map((r) => `${r.kind}:${r.key}`);
		expect(keys).toEqual(expect.arrayContaining(['theme:poverty', 'theme:mental-health', 'category:impact-measurement', 'category:funding']));
		const poverty = rows.find((r) => r.key === 'poverty')!;
		expect([poverty.labelNl, poverty.labelFr, poverty.labelEn]).toEqual(['Armoede', 'Pauvreté', 'Poverty']);
	});
});

describe('createPerson', () => {
	it('splits the name, lowercases the e-mail, links terms by key or label and audits', async () => {
		const email = uniqueEmail('Jan.VanDenBerg');
		const person = await createPerson(
			t.db,
			staff,
			{ name: 'Jan van den Berg', email: email.toUpperCase(), roles: ['chancegiver'], offers: ['legal', 'Impactmeting'], themes: ['Pauvreté'] },
			'en'
		);
		expect(person.firstName).toBe('Jan');
		expect(person.lastName).toBe('van den Berg');
		expect(person.displayName).toBe('Jan van den Berg');
		expect(person.email).toBe(email.toLowerCase());
		const full = await getPerson(t.db, staff, person.id, 'en');
		expect((full.offers as { key: string }[]).map((o) => o.key).sort()).toEqual(['impact-measurement', 'legal']);
		expect((full.themes as { key: string }[]).map((o) => o.key)).toEqual(['poverty']);
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
		expect(audit.map((a) => a.action)).toContain('person.create');
	});

	it('refuses the same e-mail in another letter case with 409 duplicate_email', async () => {
		const email = uniqueEmail('dup');
		await createPerson(t.db, staff, { name: 'Ann Dup', email }, 'en');
		const error = await expectAppError(createPerson(t.db, staff, { name: 'Ann Dup 2', email: email.toUpperCase() }, 'en'), 'duplicate_email');
		expect(error.status).toBe(409);
	});

	it('lets only one of two simultaneous creations with one e-mail through', async () => {
		const email = uniqueEmail('race');
		const results = await Promise.allSettled([
			createPerson(t.db, staff, { name: 'Race One', email }, 'en'),
			createPerson(t.db, staff, { name: 'Race Two', email: email.toUpperCase() }, 'en')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rows = await t.db.select().from(people).where(eq(people.email, email));
		expect(rows).toHaveLength(1);
	});

	it('refuses an unknown taxonomy word next to the field', async () => {
		const error = await expectAppError(createPerson(t.db, staff, { name: 'X', themes: ['nonsense-theme'] }, 'en'), 'validation_failed');
		expect((error.details as { fields: Record<string, string[]> }).fields.themes[0]).toContain('nonsense-theme');
	});

	it('is refused to a chancegiver', async () => {
		const cg = await seedUserActor(t.db, 'chancegiver');
		await expectAppError(createPerson(t.db, cg, { name: 'Nope' }, 'en'), 'forbidden');
	});
});

describe('updatePerson', () => {
	it('writes when the version matches and answers version_conflict when it is stale', async () => {
		const person = await createPerson(t.db, staff, { name: 'Vera Version', email: uniqueEmail('vera') }, 'en');
		const updated = await updatePerson(t.db, staff, person.id, { version: 1, bio: 'First edit' }, 'en');
		expect(updated.version).toBe(2);
		const error = await expectAppError(updatePerson(t.db, staff, person.id, { version: 1, bio: 'Stale edit' }, 'en'), 'version_conflict');
		expect(error.status).toBe(409);
		const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
		expect(row.bio).toBe('First edit');
	});

	it('never lets two editors at the same version both save', async () => {
		const person = await createPerson(t.db, staff, { name: 'Concurrent Carla', email: uniqueEmail('carla') }, 'en');
		const results = await Promise.allSettled([
			updatePerson(t.db, staff, person.id, { version: 1, bio: 'A' }, 'en'),
			updatePerson(t.db, staff, person.id, { version: 1, bio: 'B' }, 'en')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
		expect(row.version).toBe(2);
	});
});

describe('getPerson by role', () => {
	it('shows a chancegiver an innovator’s public profile only after consent, never staff notes', async () => {
		const cg = await seedUserActor(t.db, 'chancegiver');
		const innovator = await createPerson(t.db, staff, { name: 'Ines Innovator', email: uniqueEmail('ines'), roles: ['innovator'], staffNotes: 'secret note', bio: 'Buurtkeuken' }, 'en');
		await expectAppError(getPerson(t.db, cg, innovator.id, 'en'), 'not_found');
		await updatePerson(t.db, staff, innovator.id, { version: 1, bio: 'Buurtkeuken in Gent' }, 'en');
		const withConsent = await createPerson(
			t.db,
			staff,
			{ name: 'Omar Open', email: uniqueEmail('omar'), roles: ['innovator'], staffNotes: 'secret', bio: 'Open', consents: [{ purpose: 'profile_visible', granted: true, source: 'form' }] },
			'en'
		);
		const view = await getPerson(t.db, cg, withConsent.id, 'en');
		expect(view.displayName).toBe('Omar Open');
		expect(view).not.toHaveProperty('staffNotes');
		expect(view).not.toHaveProperty('email');
		expect(view).not.toHaveProperty('timeline');
	});

	it('shows a person their own record without staff notes', async () => {
		const member = await seedUserActor(t.db, 'member');
		const person = await createPerson(t.db, staff, { name: 'Mia Member', email: uniqueEmail('mia'), staffNotes: 'internal' }, 'en');
		await t.db.update(people).set({ userId: member.userId }).where(eq(people.id, person.id));
		const view = await getPerson(t.db, member, person.id, 'en');
		expect(view.email).toBe(person.email);
		expect(view).not.toHaveProperty('staffNotes');
	});
});

describe('the people API', () => {
	it('POST /api/v1/people answers 201 {id,…} and 409 duplicate_email in any case', async () => {
		const email = uniqueEmail('Api');
		const created = await callRoute(t.db, staff, peopleRoute.POST, '/api/v1/people', { body: { name: 'Api Person', email, roles: ['member'] } });
		expect(created.status).toBe(201);
		expect(created.json.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(created.json.roles).toEqual(['member']);
		const again = await callRoute(t.db, staff, peopleRoute.POST, '/api/v1/people', { body: { name: 'Other', email: email.toUpperCase(), roles: ['member'] } });
		expect(again.status).toBe(409);
		expect(again.json.error.code).toBe('duplicate_email');
	});

	it('PATCH with a stale version answers 409 version_conflict; GET of a bad id answers 404', async () => {
		const created = await callRoute(t.db, staff, peopleRoute.POST, '/api/v1/people', { body: { name: 'Patch Me', email: uniqueEmail('patch') } });
		const params = { id: created.json.id };
		const ok = await callRoute(t.db, staff, personRoute.PATCH, '/x', { method: 'PATCH', params, body: { version: 1, phone: '+32 470 00 00 00' } });
		expect(ok.status).toBe(200);
		const stale = await callRoute(t.db, staff, personRoute.PATCH, '/x', { method: 'PATCH', params, body: { version: 1, phone: '0' } });
		expect(stale.status).toBe(409);
		expect(stale.json.error.code).toBe('version_conflict');
		const missing = await callRoute(t.db, staff, personRoute.GET, '/x', { params: { id: 'not-a-uuid' } });
		expect(missing.status).toBe(404);
	});
});
