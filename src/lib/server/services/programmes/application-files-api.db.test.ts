import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { anonymous, systemActor, type Actor, type UserActor } from '../../auth/actor.ts';
import { PROGRAMME_FILE_LIMIT } from '../../db/schema/programmes.ts';
import { createUser } from '../accounts/users.ts';
import { callRoute } from '../intake/intake-test-fixtures.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import { createCall, createProgramme } from './manage-programmes.ts';
import { addReviewer, declareConflict } from './selection.ts';
import * as uploadRoute from '../../../../routes/api/v1/calls/[id]/application/files/[questionKey]/+server.ts';
import * as downloadRoute from '../../../../routes/api/v1/application-files/[fileId]/+server.ts';
import * as applicationRoute from '../../../../routes/api/v1/calls/[id]/application/+server.ts';
import * as invitationsRoute from '../../../../routes/api/v1/calls/[id]/reviewer-invitations/+server.ts';

let t: TestDb;
const a: Record<string, UserActor> = {};
let callId = '';

beforeAll(async () => {
	t = await createTestDb();
	for (const [key, role] of [
		['staff', 'staff'],
		['ann', 'innovator'],
		['ben', 'innovator'],
		['jury', 'chancegiver'],
		['conflicted', 'chancegiver']
	] as const) {
		const email = `${key}@files.example.be`;
		const u = await createUser(t.db, systemActor('cli'), { email, name: key, role, password: 'correct horse battery', locale: 'en' });
		a[key] = { kind: 'user', userId: u.id, role, name: key, email, locale: 'en', via: 'token' };
	}
	const { id: programmeId } = await createProgramme(t.db, a.staff, { name: 'Files programme', kind: 'startup_club' });
	({ id: callId } = await createCall(t.db, a.staff, programmeId, {
		title: 'Files call',
		opensAt: new Date(Date.now() - 3600_000),
		closesAt: new Date(Date.now() + 86_400_000),
		blind: false,
		questions: [
			{ key: 'plan', label: 'Plan', kind: 'long_text', required: true },
			{ key: 'deck', label: 'Deck', kind: 'file', required: true }
		],
		criteria: [{ key: 'impact', label: 'Impact', weight: 1, max: 10 }]
	}));
	await addReviewer(t.db, a.staff, callId, a.jury.email);
	await addReviewer(t.db, a.staff, callId, a.conflicted.email);
});
afterAll(async () => {
	await t.close();
});

type Handler = (event: RequestEvent) => Promise<Response>;

/** Calls a route handler with a raw request (multipart bodies do not fit callRoute). */
async function send(handler: Handler, path: string, params: Record<string, string>, actor: Actor, init: RequestInit = {}) {
	const url = new URL(`http://localhost${path}`);
	const event = { url, request: new Request(url, init), params, getClientAddress: () => '192.0.2.9', locals: { db: t.db, engine: 'pglite', actor, locale: 'en' } };
	return handler(event as unknown as RequestEvent);
}

function upload(actor: Actor, name: string, type: string, bytes: Uint8Array, key = 'deck') {
	const form = new FormData();
	form.set('file', new File([bytes as unknown as BlobPart], name, { type }));
	return send(uploadRoute.POST as Handler, `/api/v1/calls/${callId}/application/files/${key}`, { id: callId, questionKey: key }, actor, { method: 'POST', body: form });
}

describe('application files through the API', () => {
	it('uploads with the page’s limits and answers JSON errors with a code', async () => {
		const ok = await upload(a.ann, 'deck.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.4 ann'));
		expect(ok.status).toBe(201);
		const saved = await ok.json();
		expect(saved).toMatchObject({ questionKey: 'deck', filename: 'deck.pdf', contentType: 'application/pdf', size: 12 });

		const big = await upload(a.ann, 'big.pdf', 'application/pdf', new Uint8Array(PROGRAMME_FILE_LIMIT + 1));
		expect(big.status).toBe(413);
		expect((await big.json()).error).toMatchObject({ code: 'payload_too_large', details: { fields: { deck: ['The file is larger than 5 MB.'] } } });

		const html = await upload(a.ann, 'deck.html', 'text/html', new TextEncoder().encode('<script>alert(1)</script>'));
		expect(html.status).toBe(422);
		expect((await html.json()).error).toMatchObject({ code: 'validation_failed', details: { fields: { deck: [expect.stringMatching(/not accepted/)] } } });
		const disguised = await upload(a.ann, 'deck.pdf', 'text/html', new TextEncoder().encode('<html>'));
		expect((await disguised.json()).error.code).toBe('validation_failed');

		const notAFileQuestion = await upload(a.ann, 'deck.pdf', 'application/pdf', new TextEncoder().encode('%PDF'), 'plan');
		expect([notAFileQuestion.status, (await notAFileQuestion.json()).error.code]).toEqual([404, 'not_found']);
		const json = await send(uploadRoute.POST as Handler, `/api/v1/calls/${callId}/application/files/deck`, { id: callId, questionKey: 'deck' }, a.ann, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"file":"x"}'
		});
		expect([json.status, (await json.json()).error.code]).toEqual([400, 'bad_request']);
		const empty = await send(uploadRoute.POST as Handler, `/api/v1/calls/${callId}/application/files/deck`, { id: callId, questionKey: 'deck' }, a.ann, {
			method: 'POST',
			body: new FormData()
		});
		expect([empty.status, (await empty.json()).error.details.fields.deck]).toEqual([422, ['Choose a file.']]);
		const anon = await upload(anonymous, 'deck.pdf', 'application/pdf', new TextEncoder().encode('%PDF'));
		expect([anon.status, (await anon.json()).error.code]).toEqual([401, 'unauthenticated']);

		// The draft lists the file; submitting works with it as the required answer.
		const mine = await callRoute(t.db, applicationRoute.GET, `/api/v1/calls/${callId}/application`, { actor: a.ann, params: { id: callId } });
		expect(mine.json.application.files).toEqual([{ id: saved.id, questionKey: 'deck', filename: 'deck.pdf', size: 12 }]);
	});

	it('downloads for the applicant, staff and reviewers without a conflict only', async () => {
		const ben = await (await upload(a.ben, 'plan.txt', '', new TextEncoder().encode('Ben plan'))).json();
		const submit = await send(applicationRoute.PUT as Handler, `/api/v1/calls/${callId}/application`, { id: callId }, a.ben, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ answers: { plan: 'Groeien' }, submit: true })
		});
		expect(submit.status).toBe(200);
		const applicationId = (await submit.json()).id;
		await declareConflict(t.db, a.conflicted, applicationId, {});

		const get = (actor: Actor) => send(downloadRoute.GET as Handler, `/api/v1/application-files/${ben.id}`, { fileId: ben.id }, actor);
		for (const who of [a.ben, a.staff, a.jury]) {
			const response = await get(who);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/plain');
			expect(response.headers.get('content-disposition')).toContain('plan.txt');
			expect(await response.text()).toBe('Ben plan');
		}
		// Another applicant is no reviewer (403); a reviewer with a conflict learns nothing (404).
		const other = await get(a.ann);
		expect([other.status, (await other.json()).error.code]).toEqual([403, 'forbidden']);
		const conflicted = await get(a.conflicted);
		expect([conflicted.status, (await conflicted.json()).error.code]).toEqual([404, 'not_found']);
		expect((await get(anonymous)).status).toBe(401);
		const unknown = await send(downloadRoute.GET as Handler, '/api/v1/application-files/nope', { fileId: 'nope' }, a.staff);
		expect(unknown.status).toBe(404);
	});

	it('invites a jury member through the API and documents the new operations', async () => {
		const invited = await callRoute(t.db, invitationsRoute.POST, `/api/v1/calls/${callId}/reviewer-invitations`, {
			actor: a.staff,
			params: { id: callId },
			body: { name: 'Extern Jurylid', email: 'extern@jury.example', language: 'en' }
		});
		expect([invited.status, invited.json]).toEqual([201, { status: 'invited', userId: null }]);
		const list = await callRoute(t.db, invitationsRoute.GET, `/api/v1/calls/${callId}/reviewer-invitations`, { actor: a.staff, params: { id: callId } });
		expect(list.json.invitations.map((i: { email: string }) => i.email)).toEqual(['extern@jury.example']);
		const refused = await callRoute(t.db, invitationsRoute.POST, `/api/v1/calls/${callId}/reviewer-invitations`, {
			actor: a.jury,
			params: { id: callId },
			body: { name: 'X', email: 'x@jury.example' }
		});
		expect([refused.status, refused.json.error.code]).toEqual([403, 'forbidden']);
		const withdraw = (email: string) =>
			send(invitationsRoute.DELETE as Handler, `/api/v1/calls/${callId}/reviewer-invitations?email=${encodeURIComponent(email)}`, { id: callId }, a.staff, {
				method: 'DELETE'
			});
		expect((await withdraw('Extern@jury.example')).status).toBe(200);
		const again = await withdraw('extern@jury.example');
		expect([again.status, (await again.json()).error.code]).toEqual([404, 'not_found']);
		expect((await withdraw('nonsense')).status).toBe(422);

		const doc = buildOpenApiDocument('http://localhost') as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> }; responses: Record<string, { content?: Record<string, unknown> }> }>> };
		const uploadDoc = doc.paths['/api/v1/calls/{id}/application/files/{questionKey}'].post;
		expect(uploadDoc.requestBody!.content['multipart/form-data']).toMatchObject({ schema: { properties: { file: { type: 'string', format: 'binary' } } } });
		expect(Object.keys(uploadDoc.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '422']);
		expect(Object.keys(doc.paths['/api/v1/application-files/{fileId}'].get.responses['200'].content!)).toEqual(['application/octet-stream']);
		expect(doc.paths['/api/v1/calls/{id}/reviewer-invitations'].post).toBeDefined();
	});
});
