/** Fixtures for the directory's database tests, named after the state they create. */
import { expect } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { AppError } from '../../errors.ts';
import type { Actor, Role, UserActor } from '../../auth/actor.ts';

let counter = 0;
const unique = () => `${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** A signed-in user with this role (an account row exists). */
export async function seedUserActor(db: Db, role: Role = 'staff', name = `User ${role}`): Promise<UserActor> {
	const email = `people-${role}-${unique()}@sif.test`;
	const [user] = await db.insert(users).values({ email, name, role }).returning();
	return { kind: 'user', userId: user.id, role, name, email, locale: 'en', via: 'session' };
}

export const uniqueEmail = (local = 'person') => `${local}-${unique()}@example.be`;

export async function expectAppError(promise: Promise<unknown>, code: string) {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe(code);
	return error as AppError;
}

type Handler = (event: RequestEvent) => Promise<Response>;

/** Calls a route handler as SvelteKit would, with a chosen actor and method. */
export async function callRoute(
	db: Db,
	actor: Actor,
	handler: Handler,
	path: string,
	options: { method?: string; body?: unknown; params?: Record<string, string> } = {}
) {
	const url = new URL(`http://localhost${path}`);
	const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
	const request = new Request(url, {
		method,
		headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		url,
		request,
		params: options.params ?? {},
		getClientAddress: () => '192.0.2.1',
		locals: { db, engine: 'pglite', actor, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}
