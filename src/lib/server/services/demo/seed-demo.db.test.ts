import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor } from '../../auth/actor.ts';
import { rowsOf } from '../security/rate-limit.ts';
import { exportPeople } from '../export/export-people.ts';
import { importPeople } from '../import/import-people.ts';
import { seedDemo } from './seed-demo.ts';

const cli = systemActor('cli');
let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t.close();
});

const count = async (query: string) => rowsOf<{ n: number }>(await t.db.execute(sql.raw(`select count(*)::int as n from ${query}`)))[0].n;

describe('seedDemo', () => {
	it('fills an empty database with linked people, organisations, initiatives, journeys and events', async () => {
		const summary = await seedDemo(t.db, cli, { size: 'small', now: new Date('2026-03-01T10:00:00Z') });
		expect(summary).toMatchObject({ size: 'small', organisations: 6, chancegivers: 20, potentials: 5, events: 2 });
		expect(await count('people')).toBe(summary.people);
		expect(await count('organisations where enterprise_number is not null')).toBe(6);
		expect(await count('initiatives')).toBe(summary.initiatives);
		expect(await count('initiative_people')).toBeGreaterThanOrEqual(summary.initiatives);
		expect(await count('engagements')).toBe(summary.engagements);
		expect(await count('engagement_transitions')).toBeGreaterThanOrEqual(summary.engagements);
		expect(await count("person_terms where relation = 'offer'")).toBeGreaterThanOrEqual(40);
		expect(await count("people where search_extra = ''")).toBe(0);
		expect(await count("audit_log where action = 'demo.seed'")).toBe(1);
	});

	it('refuses a database that is not empty', async () => {
		await expect(seedDemo(t.db, cli, { size: 'small' })).rejects.toMatchObject({ code: 'conflict' });
	});

	it('exports and re-imports with every demo person unchanged', async () => {
		const file = await exportPeople(t.db, cli, 'csv', 'nl');
		const summary = await importPeople(t.db, cli, { fileName: 'demo.csv', bytes: file.body }, 'nl');
		expect(summary).toMatchObject({ created: 0, updated: 0, errors: [] });
		expect(summary.unchanged).toBe(await count('people'));
	});
});
