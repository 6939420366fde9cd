import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { organisations } from '../../db/schema/people.ts';
import type { UserActor } from '../../auth/actor.ts';
import { createPerson } from './create-person.ts';
import { searchPeople } from './search-people.ts';
import { deleteFilter, listSavedFilters, saveFilter } from './saved-filters.ts';
import { expectAppError, seedUserActor, uniqueEmail } from './people-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
let orgId: string;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedUserActor(t.db, 'staff');
	const [org] = await t.db.insert(organisations).values({ name: 'Buurtwerk Gent', helix: 'civil_society' }).returning();
	orgId = org.id;
	const people = [
		{ name: 'Marie Janssens', roles: ['innovator' as const], region: 'flanders' as const, offers: ['legal'], organisations: [{ organisationId: orgId }] },
		{ name: 'Sophie Dubois', roles: ['chancegiver' as const], region: 'brussels' as const, bio: 'Elle aide les familles monoparentales', themes: ['poverty'] },
		{ name: 'Pieter Claes', roles: ['chancegiver' as const], region: 'flanders' as const, bio: 'Begeleidt sociale ondernemers bij hun verdienmodel' },
		{ name: 'Jan Peeters', roles: ['innovator' as const], region: 'flanders' as const }
	];
	for (const p of people) await createPerson(t.db, staff, { ...p, email: uniqueEmail(p.name.split(' ')[0]) }, 'en');
});
afterAll(async () => {
	await t.close();
});

const names = (result: { items: { displayName: string }[] }) => result.items.map((i) => i.displayName);

describe('searchPeople', () => {
	it('finds a misspelt name', async () => {
		expect(names(await searchPeople(t.db, staff, { q: 'Jansens' }))[0]).toBe('Marie Janssens');
		expect(names(await searchPeople(t.db, staff, { q: 'Sofie Duboi' }))).toContain('Sophie Dubois');
	});
	it('finds by name prefix, organisation, skill label in any language and e-mail', async () => {
		expect(names(await searchPeople(t.db, staff, { q: 'Pie' }))).toContain('Pieter Claes');
		expect(names(await searchPeople(t.db, staff, { q: 'buurtwerk' }))).toEqual(['Marie Janssens']);
		expect(names(await searchPeople(t.db, staff, { q: 'juridique' }))).toEqual(['Marie Janssens']);
		expect(names(await searchPeople(t.db, staff, { q: 'armoede' }))).toEqual(['Sophie Dubois']);
		expect(names(await searchPeople(t.db, staff, { q: 'jan-' }))).toContain('Jan Peeters');
	});
	it('stems Dutch and French words in bios', async () => {
		expect(names(await searchPeople(t.db, staff, { q: 'famille monoparentale' }))).toEqual(['Sophie Dubois']);
		expect(names(await searchPeople(t.db, staff, { q: 'ondernemer' }))).toEqual(['Pieter Claes']);
	});
	it('filters by facets and counts them', async () => {
		const result = await searchPeople(t.db, staff, { role: 'chancegiver', region: 'flanders' }, 'en', { facets: true });
		expect(names(result)).toEqual(['Pieter Claes']);
		const all = await searchPeople(t.db, staff, {}, 'en', { facets: true });
		expect(all.facets!.role).toEqual({ innovator: 2, chancegiver: 2 });
		expect(all.facets!.helix).toEqual({ civil_society: 1 });
		expect(all.facets!.organisation).toEqual({ [orgId]: 1 });
		expect(names(await searchPeople(t.db, staff, { organisation: orgId }))).toEqual(['Marie Janssens']);
		expect(names(await searchPeople(t.db, staff, { theme: 'poverty' }))).toEqual(['Sophie Dubois']);
		expect(names(await searchPeople(t.db, staff, { helix: 'civil_society' }))).toEqual(['Marie Janssens']);
	});
	it('sorts and paginates', async () => {
		const first = await searchPeople(t.db, staff, { sort: 'name', pageSize: 3, page: 1 });
		const second = await searchPeople(t.db, staff, { sort: 'name', pageSize: 3, page: 2 });
		expect(first.total).toBe(4);
		expect(second.total).toBe(4);
		expect([...names(first), ...names(second)]).toEqual(['Jan Peeters', 'Marie Janssens', 'Pieter Claes', 'Sophie Dubois']);
		expect(names(await searchPeople(t.db, staff, { sort: '-name', pageSize: 1 }))).toEqual(['Sophie Dubois']);
	});
	it('is for staff only', async () => {
		await expectAppError(searchPeople(t.db, await seedUserActor(t.db, 'chancegiver'), {}), 'forbidden');
	});
});

describe('saved filters', () => {
	it('are per user and keep only list parameters', async () => {
		const other = await seedUserActor(t.db, 'staff');
		const saved = await saveFilter(t.db, staff, { name: 'Brussels funders', query: 'q=x&role=chancegiver&region=brussels&evil=1' });
		expect(saved.query).toBe('q=x&role=chancegiver&region=brussels');
		expect((await listSavedFilters(t.db, staff)).map((f) => f.name)).toEqual(['Brussels funders']);
		expect(await listSavedFilters(t.db, other)).toEqual([]);
		await deleteFilter(t.db, other, saved.id);
		expect(await listSavedFilters(t.db, staff)).toHaveLength(1);
		await deleteFilter(t.db, staff, saved.id);
		expect(await listSavedFilters(t.db, staff)).toHaveLength(0);
	});
});
