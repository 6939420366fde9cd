import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog } from '../../db/schema/core.ts';
import { consents, organisations, people, personOrganisations, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { systemActor } from '../../auth/actor.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { importPeople } from './import-people.ts';
import { writeXlsx } from './xlsx.ts';
import { refreshSearchText } from '../people/person-links.ts';
import { fixtureBytes, seedImportTaxonomy, utf8 } from './import-test-fixtures.ts';

const cli = systemActor('cli');
let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
	await seedImportTaxonomy(t.db);
});
afterAll(async () => {
	await t.close();
});

const count = async (table: string) => rowsOf<{ n: number }>(await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0].n;
const personByEmail = async (email: string) => (await t.db.select().from(people).where(eq(people.email, email)))[0];

describe('importPeople', () => {
	it('a dry run reports errors by row and column and counts, and writes nothing', async () => {
		const before = await Promise.all(['people', 'organisations', 'person_terms', 'audit_log'].map(count));
		const summary = await importPeople(t.db, cli, { fileName: 'nl.csv', bytes: fixtureBytes('nl-semicolon.csv'), dryRun: true }, 'en');
		expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, dryRun: true, written: false, badRows: 3 });
		expect(summary.errors.map((e) => [e.row, e.column])).toEqual([[5, 'E-mail'], [6, 'Ondernemingsnummer'], [7, 'Datum toestemming']]);
		expect(summary.errors[1].message).toContain('check digits');
		expect(summary.file).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
		expect(await Promise.all(['people', 'organisations', 'person_terms', 'audit_log'].map(count))).toEqual(before);
	});

	it('strict mode imports nothing when a row is bad', async () => {
		const summary = await importPeople(t.db, cli, { fileName: 'nl.csv', bytes: fixtureBytes('nl-semicolon.csv'), strict: true }, 'en');
		expect(summary.written).toBe(false);
		expect(await personByEmail('an.peeters@example.be')).toBeUndefined();
	});

	it('imports the good rows with organisation, themes, needs, consent and one audit row', async () => {
		const summary = await importPeople(t.db, cli, { fileName: 'nl.csv', bytes: fixtureBytes('nl-semicolon.csv') }, 'nl');
		expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, written: true });
		expect(summary.warnings.map((w) => [w.row, w.column])).toContainEqual([2, "Thema's"]);
		const an = await personByEmail('an.peeters@example.be');
		expect(an).toMatchObject({ firstName: 'An', lastName: 'Peeters', displayName: 'An Peeters', region: 'brussels', roles: ['innovator'], tags: ['Impact meten'] });
		const terms = await t.db
			.select({ key: taxonomyTerms.key, relation: personTerms.relation })
			.from(personTerms)
			.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
			.where(eq(personTerms.personId, an.id));
		expect(terms.map((x) => `${x.relation}:${x.key}`).sort()).toEqual(['need:legal', 'theme:poverty']);
		const [link] = await t.db.select().from(personOrganisations).innerJoin(organisations, eq(organisations.id, personOrganisations.organisationId)).where(eq(personOrganisations.personId, an.id));
		expect(link.organisations).toMatchObject({ name: 'Buurtwerk Noord vzw', enterpriseNumber: '0403170701' });
		expect(link.person_organisations.function).toBe('coördinator');
		const [consent] = await t.db.select().from(consents).where(eq(consents.personId, an.id));
		expect(consent).toMatchObject({ purpose: 'newsletter', granted: 'yes', source: 'import' });
		expect(consent.recordedAt.toISOString().slice(0, 10)).toBe('2025-02-03');
		const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'people.import'));
		expect(audits).toHaveLength(1);
		expect(await personByEmail('sofie@example.be')).toBeUndefined();
	});

	it('importing the same file again changes nothing', async () => {
		const peopleBefore = await t.db.select().from(people);
		const summary = await importPeople(t.db, cli, { fileName: 'nl.csv', bytes: fixtureBytes('nl-semicolon.csv') }, 'nl');
		expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
		expect(await t.db.select().from(people)).toEqual(peopleBefore);
	});

	it('upserts by e-mail in any case: a later file adds roles and fills in, empty cells keep values', async () => {
		const file = 'E-MAIL,Rollen,Telefoon,Gemeente\nAN.PEETERS@EXAMPLE.BE,mentor,,Gent\n';
		const summary = await importPeople(t.db, cli, { fileName: 'more.csv', bytes: utf8(file) }, 'nl');
		expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
		const an = await personByEmail('an.peeters@example.be');
		expect(an).toMatchObject({ roles: ['innovator', 'chancegiver'], chancegiverRoles: ['mentor'], phone: '0470 12 34 56', municipality: 'Gent', version: 2 });
	});

	it('reads French headers with BOM and merges duplicate e-mails into one person', async () => {
		const summary = await importPeople(t.db, cli, { fileName: 'fr.csv', bytes: fixtureBytes('fr-bom-comma.csv') }, 'fr');
		expect(summary).toMatchObject({ created: 1, errors: [] });
		expect(await personByEmail('camille.dubois@example.be')).toMatchObject({ firstName: 'Léa', chancegiverRoles: ['funder'] });
	});

	it('reads Windows-1252 with tabs and keeps ’ – Š €', async () => {
		const summary = await importPeople(t.db, cli, { fileName: 'en.txt', bytes: fixtureBytes('en-windows-1252-tab.txt') }, 'en');
		expect(summary).toMatchObject({ created: 2, errors: [], file: { encoding: 'windows-1252', delimiter: '\t' } });
		expect(await personByEmail('siobhan@example.ie')).toMatchObject({ lastName: 'O’Brien', locale: 'en', tags: [] });
		const [org] = await t.db.select().from(organisations).where(eq(organisations.name, 'Šarena Košarica – Social Food'));
		expect(org).toBeDefined();
		expect((await personByEmail('zoe@example.be')).tags).toEqual(['Housing – shelter']);
	});

	it('reads XLSX, with a mapping for an unknown column', async () => {
		const bytes = await writeXlsx('Blad1', ['Naam', 'Adres elektronisch', "Thema's"], [['Jan De Smet', 'jan@example.be', 'Klimaat, Pauvreté']]);
		const unmapped = await importPeople(t.db, cli, { fileName: 'x.xlsx', bytes, dryRun: true }, 'nl');
		expect(unmapped.errors[0]).toMatchObject({ row: 2, column: 'email' });
		expect(unmapped.columns[1]).toMatchObject({ header: 'Adres elektronisch', field: null, source: 'unknown' });
		const summary = await importPeople(t.db, cli, { fileName: 'x.xlsx', bytes, mapping: { 'Adres elektronisch': 'email' } }, 'nl');
		expect(summary).toMatchObject({ created: 1, errors: [], file: { format: 'xlsx' } });
		expect(await personByEmail('jan@example.be')).toMatchObject({ firstName: 'Jan', lastName: 'De Smet' });
	});

	it('writes the same search words as the people services, and one organisation for a name given with and without its number', async () => {
		const file = 'Email;Organisatie;Ondernemingsnummer;Functie;Thema\nnora@example.be;Zonnewijk cv;0456.789.034;penningmeester;Klimaat\nomar@example.be;zonnewijk CV;;;\n';
		const summary = await importPeople(t.db, cli, { fileName: 'org.csv', bytes: utf8(file) }, 'nl');
		expect(summary).toMatchObject({ created: 2, errors: [] });
		const zonnewijk = await t.db.select().from(organisations).where(sql`lower(${organisations.name}) = 'zonnewijk cv'`);
		expect(zonnewijk).toHaveLength(1);
		const nora = await personByEmail('nora@example.be');
		expect(nora.searchExtra).toContain('Zonnewijk cv penningmeester');
		expect(nora.searchExtra).toContain('Klimaat Climat Climate');
		await refreshSearchText(t.db, [nora.id, (await personByEmail('omar@example.be')).id]);
		expect((await personByEmail('nora@example.be')).searchExtra).toBe(nora.searchExtra);
	});

	it('refuses an empty file and an unknown mapping target', async () => {
		await expect(importPeople(t.db, cli, { fileName: 'e.csv', bytes: new Uint8Array() }, 'en')).rejects.toMatchObject({ code: 'unprocessable' });
		await expect(
			importPeople(t.db, cli, { fileName: 'e.csv', bytes: utf8('a\n'), mapping: { a: 'shoeSize' as never } }, 'en')
		).rejects.toMatchObject({ code: 'validation_failed' });
	});
});
