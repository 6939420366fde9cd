/** Test fixtures for the ledger's database tests: people, a staff actor, error matchers. */
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { users } from '../../db/schema/core.ts';
import { AppError } from '../../errors.ts';
import type { UserActor } from '../../auth/actor.ts';

let counter = 0;

/** Members of the peer-learning network, named for readable failures. */
export async function seedMembers(db: Db, ...names: string[]): Promise<string[]> {
	const rows = await db
		.insert(people)
		.values(names.map((displayName) => ({ displayName, roles: ['member'] })))
		.returning({ id: people.id });
	return rows.map((row) => row.id);
}

export async function seedStaffActor(db: Db): Promise<UserActor> {
	counter += 1;
	const email = `staff${counter}-${Date.now()}@example.be`;
	const [user] = await db.insert(users).values({ email, name: 'Staff', role: 'staff' }).returning();
	return {
		kind: 'user',
		userId: user.id,
		role: 'staff',
		name: user.name,
		email,
		locale: 'en',
		via: 'token'
	};
}

export async function expectAppError(promise: Promise<unknown>, code: string, details?: unknown) {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error, `expected an AppError ${code}`).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe(code);
	if (details !== undefined) expect((error as AppError).details).toEqual(details);
	return error as AppError;
}

export const at = (iso: string) => new Date(iso);
