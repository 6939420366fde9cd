import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import type { UserActor } from '../../auth/actor.ts';
import { createPerson } from './create-person.ts';
import { searchPeople } from './search-people.ts';
import { seedUserActor, uniqueEmail } from './people-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedUserActor(t.db, 'staff');
	const people = [
		{ name: 'Céline Lemaître', bio: 'Développe des projets d’énergie verte' },
		{ name: 'François Öztürk' },
		{ name: 'Francois Dupont' },
		{ name: 'Celine Janssens' },
		{ name: 'Marie Lemaire' }
	];
	for (const p of people) await createPerson(t.db, staff, { ...p, email: uniqueEmail('p') }, 'en');
});
afterAll(async () => {
	await t.close();
});

const names = async (q: string) => (await searchPeople(t.db, staff, { q }, 'en')).items.map((i) => i.displayName);

describe('searchPeople with accents', () => {
	it('folds accents in the database function itself', async () => {
		const result = await t.db.execute(sql`select sif_fold('Lemaître Céline François Œuvre Öztürk Ayşe Coöperatie') as f`);
		const rows = (result as unknown as { rows?: { f: string }[] }).rows ?? (result as unknown as { f: string }[]);
		expect(rows[0].f).toBe('lemaitre celine francois oeuvre ozturk ayse cooperatie');
	});
	it('finds an accented name typed without accents', async () => {
		expect((await names('Lemaitre'))[0]).toBe('Céline Lemaître');
		expect(await names('Celine')).toEqual(expect.arrayContaining(['Céline Lemaître', 'Celine Janssens']));
		expect(await names('francois')).toEqual(expect.arrayContaining(['François Öztürk', 'Francois Dupont']));
		expect(await names('ozturk')).toEqual(['François Öztürk']);
	});
	it('finds a name stored without accents when the query has them', async () => {
		expect(await names('François')).toEqual(expect.arrayContaining(['François Öztürk', 'Francois Dupont']));
		expect(await names('Céline')).toEqual(expect.arrayContaining(['Céline Lemaître', 'Celine Janssens']));
	});
	it('ranks the exact name first and still finds a misspelt accented name', async () => {
		expect((await names('Céline Lemaître'))[0]).toBe('Céline Lemaître');
		expect(await names('Lemaitr')).toContain('Céline Lemaître');
		expect(await names('Celin Lemaitre')).toContain('Céline Lemaître');
	});
	it('matches bio words with or without accents', async () => {
		expect(await names('energie verte')).toEqual(['Céline Lemaître']);
		expect(await names('énergie')).toEqual(['Céline Lemaître']);
	});
});
