/** POST /api/v1/imports/people, GET /api/v1/people/export and the staff page's streamed run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { users } from '../../db/schema/core.ts';
import { anonymous, type Actor, type UserActor } from '../../auth/actor.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import { fixtureBytes, seedImportTaxonomy } from './import-test-fixtures.ts';
import { writeXlsx } from './xlsx.ts';
import * as importRoute from '../../../../routes/api/v1/imports/people/+server.ts';
import * as exportRoute from '../../../../routes/api/v1/people/export/+server.ts';
import * as runRoute from '../../../../routes/(staff)/people/import/run/+server.ts';

let t: TestDb;
let staff: UserActor;
let innovator: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	await seedImportTaxonomy(t.db);
	const user = async (role: 'staff' | 'innovator') => {
		const [u] = await t.db.insert(users).values({ email: `${role}-import@sif.test`, name: role, role }).returning();
		return { kind: 'user', userId: u.id, role, name: role, email: u.email, locale: 'en', via: 'token' } as UserActor;
	};
	staff = await user('staff');
	innovator = await user('innovator');
});
afterAll(async () => {
	await t.close();
});

/** A route's RequestHandler, typed for its own route id; called here with a hand-made event. */
type Handler = (event: never) => Promise<Response> | Response;

async function call(handler: Handler, path: string, init: RequestInit = {}, actor: Actor = staff) {
	const url = new URL(`http://localhost${path}`);
	const event = { url, request: new Request(url, init), params: {}, locals: { db: t.db, engine: 'pglite', actor, locale: 'en' } } as unknown as RequestEvent;
	return (handler as (event: RequestEvent) => Promise<Response>)(event);
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
function multipart(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): RequestInit {
	const form = new FormData();
	form.set('file', new File([bytes as BlobPart], name));
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return { method: 'POST', body: form };
}

describe('people import and export over HTTP', () => {
	it('declares both operations in a valid OpenAPI document', async () => {
		const doc = buildOpenApiDocument('http://localhost:3000');
		const paths = doc.paths as Record<string, Record<string, { security?: unknown }>>;
		expect(Object.keys(paths['/api/v1/imports/people'])).toEqual(['post']);
		expect(Object.keys(paths['/api/v1/people/export'])).toEqual(['get']);
		const result = await new Validator().validate(structuredClone(doc));
		expect(result.errors ?? []).toEqual([]);
	});

	it('refuses anonymous callers (401) and non-staff (403)', async () => {
		const body = json({ fileName: 'a.csv', contentBase64: Buffer.from('Email\na@b.be\n').toString('base64') });
		expect((await call(importRoute.POST, '/api/v1/imports/people', body, anonymous)).status).toBe(401);
		expect((await call(importRoute.POST, '/api/v1/imports/people', body, innovator)).status).toBe(403);
		expect((await call(exportRoute.GET, '/api/v1/people/export?format=csv', {}, innovator)).status).toBe(403);
	});

	it('a JSON dry run lists every problem by row and column and writes nothing', async () => {
		const res = await call(
			importRoute.POST,
			'/api/v1/imports/people',
			json({ fileName: 'nl.csv', contentBase64: Buffer.from(fixtureBytes('nl-semicolon.csv')).toString('base64'), dryRun: true })
		);
		expect(res.status).toBe(200);
		const summary = await res.json();
		expect(summary).toMatchObject({ created: 2, written: false, dryRun: true });
		expect(summary.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['5:E-mail', '6:Ondernemingsnummer', '7:Datum toestemming']);
		const exported = await (await call(exportRoute.GET, '/api/v1/people/export')).json();
		expect(exported).toEqual([]);
	});

	it('a multipart import with a mapping writes the valid rows; a bad file answers 422', async () => {
		const bytes = await writeXlsx('Blad1', ['Naam', 'Adres elektronisch', "Thema's"], [['Jan De Smet', 'jan@example.be', 'Klimaat']]);
		const res = await call(importRoute.POST, '/api/v1/imports/people', multipart(bytes, 'x.xlsx', { mapping: JSON.stringify({ 'Adres elektronisch': 'email' }) }));
		expect(await res.json()).toMatchObject({ created: 1, errors: [], written: true, file: { format: 'xlsx' } });
		const bad = await call(importRoute.POST, '/api/v1/imports/people', multipart(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx'));
		expect(bad.status).toBe(422);
		expect((await bad.json()).error.message).toContain('broken.xlsx');
		const wrongTarget = await call(importRoute.POST, '/api/v1/imports/people', multipart(bytes, 'x.xlsx', { mapping: JSON.stringify({ Naam: 'shoeSize' }) }));
		expect(wrongTarget.status).toBe(422);
	});

	it('the staff page run streams progress, then the summary', async () => {
		const res = await call(runRoute.POST, '/people/import/run', multipart(fixtureBytes('en-windows-1252-tab.txt'), 'en.txt', { dryRun: 'false' }));
		expect(res.headers.get('content-type')).toContain('ndjson');
		const lines = (await res.text()).trim().split('\n').map((line) => JSON.parse(line));
		expect(lines[0]).toEqual({ type: 'progress', done: 2, total: 2 });
		expect(lines.at(-1)).toMatchObject({ type: 'summary', summary: { created: 2, written: true, file: { encoding: 'windows-1252' } } });
		const refused = await call(runRoute.POST, '/people/import/run', multipart(fixtureBytes('en-windows-1252-tab.txt'), 'en.txt'), innovator);
		expect(refused.status).toBe(403);
	});

	it('exports CSV (BOM, ;) and XLSX as downloads that re-import with every person unchanged', async () => {
		const csv = await call(exportRoute.GET, '/api/v1/people/export?format=csv');
		expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"/);
		const csvBytes = new Uint8Array(await csv.arrayBuffer());
		expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(csvBytes)).toContain('First name;Last name;');
		for (const [format, bytes] of [['csv', csvBytes], ['xlsx', new Uint8Array(await (await call(exportRoute.GET, '/api/v1/people/export?format=xlsx')).arrayBuffer())]] as const) {
			const res = await call(importRoute.POST, '/api/v1/imports/people', multipart(bytes, `people.${format}`));
			expect(await res.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
		}
		expect((await call(exportRoute.GET, '/api/v1/people/export?format=pdf')).status).toBe(422);
	});
});
