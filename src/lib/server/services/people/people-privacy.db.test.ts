import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog, users } from '../../db/schema/core.ts';
import { consents, people, personOrganisations, personTerms } from '../../db/schema/people.ts';
import { matchDismissals } from '../../db/schema/matching.ts';
import type { UserActor } from '../../auth/actor.ts';
import { ValidationError } from '../../errors.ts';
import { createPerson } from './create-person.ts';
import { listDuplicates, duplicatesOf } from './find-duplicates.ts';
import { previewMerge } from './preview-merge.ts';
import { mergePeople } from './merge-people.ts';
import { erasePerson } from './erase-person.ts';
import { exportPerson } from './export-person.ts';
import { recordConsent } from './record-consent.ts';
import { searchPeople } from './search-people.ts';
import { getPerson } from './get-person.ts';
import { createOrganisation } from './organisations.ts';
import { expectAppError, seedUserActor, uniqueEmail } from './people-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedUserActor(t.db, 'staff');
});
afterAll(async () => {
	await t.close();
});

describe('duplicates and merge', () => {
	it('flags the same e-mail in another case and a similar name at the same organisation', async () => {
		const org = await createOrganisation(t.db, staff, { name: 'Cultuurhuis Anderlecht' }, 'en');
		const a = await createPerson(t.db, staff, { name: 'Fatima Benali', email: uniqueEmail('fatima'), organisations: [{ organisationId: org.id }] }, 'en');
		const b = await createPerson(t.db, staff, { name: 'Fatima Ben Ali', organisations: [{ organisationId: org.id }] }, 'en');
		const mail = uniqueEmail('Luc.Dupont');
		const c = await createPerson(t.db, staff, { name: 'Luc Dupont', email: mail }, 'en');
		// The services refuse a second record with the address; records from before (an old file, a
		// hand-made row) can still hold it, in any case: those are what the check is for.
		const [d] = await t.db.insert(people).values({ displayName: 'L. Dupont', otherEmails: [mail.toUpperCase()] }).returning();
		const pairs = await listDuplicates(t.db, staff);
		const key = (x: string, y: string) => [x, y].sort().join('|');
		const found = new Map(pairs.map((p) => [key(p.a.id, p.b.id), p.reason]));
		expect(found.get(key(a.id, b.id))).toBe('name_org');
		expect(found.get(key(c.id, d.id))).toBe('email');
		expect((await duplicatesOf(t.db, staff, a.id)).map((x) => x.id)).toEqual([b.id]);
	});

	it('previews and merges: every linked row moves, the duplicate points at the kept record, audited', async () => {
		const org = await createOrganisation(t.db, staff, { name: 'Vzw Brug' }, 'en');
		const keep = await createPerson(t.db, staff, { name: 'Koen Wouters', email: uniqueEmail('koen'), roles: ['innovator'], themes: ['poverty'] }, 'en');
		const dropEmail = uniqueEmail('koen.w');
		const drop = await createPerson(
			t.db,
			staff,
			{ name: 'Koen Wouters', email: dropEmail, roles: ['chancegiver'], phone: '+32 470 00 00 00', themes: ['poverty', 'housing'], organisations: [{ organisationId: org.id, function: 'voorzitter' }], consents: [{ purpose: 'newsletter', granted: true, source: 'paper' }] },
			'en'
		);
		const preview = await previewMerge(t.db, staff, keep.id, drop.id, 'en');
		expect(preview.result).toMatchObject({ email: keep.email, otherEmails: [dropEmail], phone: '+32 470 00 00 00', roles: ['innovator', 'chancegiver'], organisations: ['Vzw Brug'] });
		expect(Object.fromEntries(preview.moves.map((m) => [m.table, m.count]))).toMatchObject({ consents: 1, person_organisations: 1, person_terms: 2 });

		const result = await mergePeople(t.db, staff, drop.id, { into: keep.id }, 'en');
		expect(result.moved['consents.person_id']).toBe(1);
		expect(await t.db.select().from(personTerms).where(eq(personTerms.personId, keep.id))).toHaveLength(2);
		expect(await t.db.select().from(personOrganisations).where(eq(personOrganisations.personId, keep.id))).toHaveLength(1);
		expect(await t.db.select().from(consents).where(eq(consents.personId, keep.id))).toHaveLength(1);
		const [dropped] = await t.db.select().from(people).where(eq(people.id, drop.id));
		expect(dropped.mergedIntoId).toBe(keep.id);
		expect((await searchPeople(t.db, staff, { q: 'Koen Wouters' })).items.map((i) => i.id)).toEqual([keep.id]);
		expect((await searchPeople(t.db, staff, { q: dropEmail })).items.map((i) => i.id)).toEqual([keep.id]);
		const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.merge'), eq(auditLog.subjectId, keep.id)));
		expect(audit.after).toMatchObject({ duplicateId: drop.id });
		await expectAppError(mergePeople(t.db, staff, drop.id, { into: keep.id }, 'en'), 'invalid_state');
		await expectAppError(mergePeople(t.db, await seedUserActor(t.db, 'chancegiver'), keep.id, { into: drop.id }, 'en'), 'forbidden');
	});
});

describe('privacy', () => {
	it('records consent with its date and source; a date in the future is a field error', async () => {
		const p = await createPerson(t.db, staff, { name: 'Nadia Haddad', email: uniqueEmail('nadia') }, 'en');
		const c = await recordConsent(t.db, staff, p.id, { purpose: 'photo_use', granted: true, source: 'paper', givenOn: '2026-01-15' }, 'en');
		expect(new Date(c.recordedAt).toISOString().slice(0, 10)).toBe('2026-01-15');
		await recordConsent(t.db, staff, p.id, { purpose: 'photo_use', granted: false, source: 'email' }, 'en');
		const view = await getPerson(t.db, staff, p.id, 'en');
		expect((view as { consentState: Record<string, boolean> }).consentState.photo_use).toBe(false);
		const error = await recordConsent(t.db, staff, p.id, { purpose: 'newsletter', granted: true, source: 'form', givenOn: '2999-01-01' }, 'en').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['givenOn']);
	});

	it('exports everything to staff and to the person themself (no staff notes), nobody else', async () => {
		const self = await seedUserActor(t.db, 'innovator');
		const p = await createPerson(t.db, staff, { name: 'Jonas Maes', email: uniqueEmail('jonas'), staffNotes: 'internal remark', themes: ['climate'] }, 'en');
		await t.db.update(people).set({ userId: self.userId }).where(eq(people.id, p.id));
		// The team's working notes about the person, in another module's table.
		const other = await createPerson(t.db, staff, { name: 'Fien Claes', email: uniqueEmail('fien') }, 'en');
		await t.db.insert(matchDismissals).values({ innovatorId: p.id, personId: other.id, reason: 'other', note: 'not a good fit for Jonas' });
		const full = await exportPerson(t.db, staff, p.id, 'en');
		expect(full.person).toMatchObject({ id: p.id, staffNotes: 'internal remark', themes: [expect.objectContaining({ key: 'climate' })] });
		expect(JSON.stringify(full.related)).toContain('not a good fit for Jonas');
		const own = await exportPerson(t.db, self, p.id, 'en');
		expect(own.person.id).toBe(p.id);
		expect('staffNotes' in own.person).toBe(false);
		expect(JSON.stringify(own)).not.toContain('not a good fit for Jonas');
		await expectAppError(exportPerson(t.db, await seedUserActor(t.db, 'chancegiver'), p.id, 'en'), 'forbidden');
	});

	it('erases on request: nothing identifying stays, the row and its links stay, the account is disabled', async () => {
		const self = await seedUserActor(t.db, 'innovator');
		const org = await createOrganisation(t.db, staff, { name: 'Repair Café Schaarbeek' }, 'en');
		const p = await createPerson(t.db, staff, { name: 'Eline Goossens', email: uniqueEmail('eline'), phone: '0470', bio: 'Zij herstelt fietsen', region: 'brussels', roles: ['innovator'], themes: ['climate'], organisations: [{ organisationId: org.id, function: 'oprichter' }] }, 'en');
		await t.db.update(people).set({ userId: self.userId }).where(eq(people.id, p.id));
		await erasePerson(t.db, staff, p.id, 'en');
		const [row] = await t.db.select().from(people).where(eq(people.id, p.id));
		expect(row).toMatchObject({ email: null, phone: null, bio: null, firstName: '', lastName: '', userId: null, region: 'brussels', roles: ['innovator'] });
		expect(row.displayName).not.toContain('Eline');
		expect(await t.db.select().from(personTerms).where(eq(personTerms.personId, p.id))).toHaveLength(1);
		const [link] = await t.db.select().from(personOrganisations).where(eq(personOrganisations.personId, p.id));
		expect(link.function).toBeNull();
		const [user] = await t.db.select().from(users).where(eq(users.id, self.userId));
		expect(user.disabledAt).not.toBeNull();
		expect(user.email).not.toContain('people-innovator');
		expect((await searchPeople(t.db, staff, { q: 'Goossens' })).items).toEqual([]);
		const audits = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, p.id));
		expect(audits.map((a) => a.action)).toContain('person.erase');
		expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain('Eline');
		await expectAppError(erasePerson(t.db, await seedUserActor(t.db, 'chancegiver'), p.id, 'en'), 'forbidden');
	});
});
