import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { people } from '../../db/schema/people.ts';
import { systemActor } from '../../auth/actor.ts';
import { importPeople } from '../import/import-people.ts';
import { fixtureBytes, seedImportTaxonomy, utf8 } from '../import/import-test-fixtures.ts';
import { exportPeople } from './export-people.ts';
import { rowsOf } from '../security/rate-limit.ts';

const cli = systemActor('cli');
let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
	await seedImportTaxonomy(t.db);
	for (const name of ['nl-semicolon.csv', 'fr-bom-comma.csv', 'en-windows-1252-tab.txt']) {
		await importPeople(t.db, cli, { fileName: name, bytes: fixtureBytes(name) }, 'nl');
	}
	// A second organisation for An: the export writes two rows, the import merges them back.
	await importPeople(t.db, cli, { fileName: 'x.csv', bytes: utf8('Email;Organisation;Function\nan.peeters@example.be;SIF;"mentor; coach"\n') }, 'nl');
});
afterAll(async () => {
	await t.close();
});

const snapshot = async () => ({
	people: await t.db.select().from(people).orderBy(people.email),
	terms: rowsOf(await t.db.execute(sql`select count(*)::int as n from person_terms`)),
	links: rowsOf(await t.db.execute(sql`select person_id, organisation_id, function from person_organisations order by 1, 2`))
});

describe('exportPeople', () => {
	it('CSV opens in Excel (BOM, `;`) and lists everyone with organisation, roles, themes, e-mail', async () => {
		const file = await exportPeople(t.db, cli, 'csv', 'nl');
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.body);
		expect(text.startsWith('\uFEFFFirst name;Last name;Full name;Email;')).toBe(true);
		expect(text).toContain('an.peeters@example.be');
		expect(text).toContain('Buurtwerk Noord vzw;0403.170.701');
		expect(text).toContain('O’Brien');
		const anRows = text.split('\r\n').filter((line) => line.includes('an.peeters@example.be'));
		expect(anRows).toHaveLength(2);
		expect(anRows[0]).toContain('Armoede');
	});

	it('JSON gives one object per person with term keys translated to labels', async () => {
		const file = await exportPeople(t.db, cli, 'json', 'fr');
		const list = JSON.parse(new TextDecoder().decode(file.body));
		expect(list).toHaveLength(5);
		const an = list.find((p: { email: string }) => p.email === 'an.peeters@example.be');
		expect(an).toMatchObject({ themes: ['Pauvreté'], needs: ['Conseil juridique'], newsletter: { granted: true, date: '2025-02-03' } });
		expect(an.organisations.map((o: { name: string }) => o.name).sort()).toEqual(['Buurtwerk Noord vzw', 'SIF']);
	});

	it.each(['csv', 'xlsx'] as const)('an %s export imports back with every person unchanged', async (format) => {
		const before = await snapshot();
		const file = await exportPeople(t.db, cli, format, 'en');
		const summary = await importPeople(t.db, cli, { fileName: `people.${format}`, bytes: file.body }, 'en');
		expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 5, errors: [], warnings: [] });
		expect(await snapshot()).toEqual(before);
	});
});
