/** Fixtures for the cohorts API database tests: call a real route handler as an actor, make an account. */
import type { RequestEvent } from '@sveltejs/kit';
import type { TestDb } from '../../testing/test-db.ts';
import { systemActor, type Actor, type UserActor } from '../../auth/actor.ts';
import { createUser } from '../accounts/users.ts';

export type Handler = (event: RequestEvent) => Promise<Response>;

/** `call` and `account` bound to the test file's database, read when they run (it is opened in beforeAll). */
export function apiFixtures(testDb: () => TestDb) {
	async function call(handler: Handler, actor: Actor, method: string, path: string, options: { body?: unknown; params?: Record<string, string> } = {}) {
		const t = testDb();
		const url = new URL(`http://localhost${path}`);
		const request = new Request(url, {
			method,
			headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
			body: options.body === undefined ? undefined : JSON.stringify(options.body)
		});
		const event = { url, request, params: options.params ?? {}, locals: { db: t.db, engine: t.engine, actor, locale: 'en' } } as unknown as RequestEvent;
		const response = await handler(event);
		return { status: response.status, json: await response.json() };
	}

	async function account(email: string, role: UserActor['role']): Promise<UserActor> {
		const user = await createUser(testDb().db, systemActor('cli'), { email, name: email, role, password: 'correct horse battery' });
		return { kind: 'user', userId: user.id, role, name: email, email, locale: 'en', via: 'token' };
	}

	return { call, account };
}
