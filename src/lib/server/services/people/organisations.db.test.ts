import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog } from '../../db/schema/core.ts';
import type { UserActor } from '../../auth/actor.ts';
import { ValidationError } from '../../errors.ts';
import { createPerson } from './create-person.ts';
import { searchPeople } from './search-people.ts';
import { createOrganisation, getOrganisation, linkOrganisationMember, listOrganisations, unlinkOrganisationMember, updateOrganisation } from './organisations.ts';
import { createTerm, listTaxonomy, updateTerm } from './taxonomy.ts';
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

describe('organisations', () => {
	it('checks the enterprise number with mod 97 and names the field', async () => {
		const error = await createOrganisation(t.db, staff, { name: 'Fout bv', enterpriseNumber: '0123.456.748' }, 'en').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['enterpriseNumber']);
		const ok = await createOrganisation(t.db, staff, { name: 'Goed vzw', legalForm: 'vzw', enterpriseNumber: '0123.456.749', helix: 'civil_society' }, 'en');
		expect(ok.enterpriseNumber).toBe('0123456749');
		const taken = await expectAppError(createOrganisation(t.db, staff, { name: 'Twin', enterpriseNumber: 'BE0123456749' }, 'en'), 'conflict');
		expect((taken.details as { fields: Record<string, string[]> }).fields.enterpriseNumber).toHaveLength(1);
	});

	it('links people with their function, shows them on the page, and follows a rename in search', async () => {
		const org = await createOrganisation(t.db, staff, { name: 'Atelier Molenbeek', sector: 'social economy' }, 'en');
		const person = await createPerson(t.db, staff, { name: 'Yasmina El Amrani', email: uniqueEmail('yasmina') }, 'en');
		await linkOrganisationMember(t.db, staff, org.id, { personId: person.id, function: 'coördinator' }, 'en');
		const page = await getOrganisation(t.db, staff, org.id);
		expect(page.members.map((m) => [m.displayName, m.function])).toEqual([['Yasmina El Amrani', 'coördinator']]);
		expect(page.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['organisation.created', 'organisation.member_linked']));
		await updateOrganisation(t.db, staff, org.id, { name: 'Atelier Koekelberg', version: org.version }, 'en');
		expect((await searchPeople(t.db, staff, { q: 'koekelberg' })).items.map((i) => i.id)).toEqual([person.id]);
		await expectAppError(updateOrganisation(t.db, staff, org.id, { sector: 'x', version: org.version }, 'en'), 'version_conflict');
		await unlinkOrganisationMember(t.db, staff, org.id, person.id);
		expect((await getOrganisation(t.db, staff, org.id)).members).toEqual([]);
		const audits = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, org.id));
		expect(audits.map((a) => a.action).sort()).toEqual(['organisation.create', 'organisation.link', 'organisation.unlink', 'organisation.update']);
	});

	it('finds organisations by a misspelt name and is for staff only', async () => {
		await createOrganisation(t.db, staff, { name: 'Solidariteit voor Iedereen' }, 'en');
		expect((await listOrganisations(t.db, staff, { q: 'Solidariteid' })).items.map((o) => o.name)).toContain('Solidariteit voor Iedereen');
		await expectAppError(listOrganisations(t.db, await seedUserActor(t.db, 'chancegiver'), {}), 'forbidden');
	});
});

describe('taxonomy', () => {
	it('adds, renames, retires and restores a term; a renamed label is searchable', async () => {
		const term = await createTerm(t.db, staff, { kind: 'category', key: 'crowdfunding', labelNl: 'Crowdfunding', labelFr: 'Financement participatif', labelEn: 'Crowdfunding' }, 'en');
		await expectAppError(createTerm(t.db, staff, { kind: 'category', key: 'crowdfunding', labelNl: 'x', labelFr: 'x', labelEn: 'x' }, 'en'), 'conflict');
		const person = await createPerson(t.db, staff, { name: 'Tom Vermeulen', email: uniqueEmail('tom'), needs: ['crowdfunding'] }, 'en');
		await updateTerm(t.db, staff, term.id, { labelNl: 'Burgerfinanciering' }, 'en');
		expect((await searchPeople(t.db, staff, { q: 'burgerfinanciering' })).items.map((i) => i.id)).toEqual([person.id]);
		await updateTerm(t.db, staff, term.id, { archived: true }, 'en');
		expect((await listTaxonomy(t.db, staff)).items.some((i) => i.key === 'crowdfunding')).toBe(false);
		const all = await listTaxonomy(t.db, staff, { includeArchived: true });
		expect(all.items.find((i) => i.key === 'crowdfunding')).toMatchObject({ archived: true, usage: 1, labelNl: 'Burgerfinanciering' });
		await updateTerm(t.db, staff, term.id, { archived: false }, 'en');
		expect((await listTaxonomy(t.db, staff)).items.some((i) => i.key === 'crowdfunding')).toBe(true);
		await expectAppError(createTerm(t.db, await seedUserActor(t.db, 'innovator'), { kind: 'theme', key: 'x', labelNl: 'x', labelFr: 'x', labelEn: 'x' }), 'forbidden');
	});
});
