/** Fixtures for the intake area's database tests, named after the state they create. */
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people, taxonomyTerms } from '../../db/schema/people.ts';
import { AppError } from '../../errors.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { anonymous } from '../../auth/actor.ts';
import { submitSupportRequest } from './submit-support-request.ts';
import type { SupportRequestInput } from '../../../schemas/intake.ts';

let counter = 0;

export async function seedStaffUser(db: Db, name = 'Staff'): Promise<UserActor> {
	counter += 1;
	const email = `intake-staff${counter}-${Math.random().toString(36).slice(2, 8)}@sif.test`;
	const [user] = await db.insert(users).values({ email, name, role: 'staff' }).returning();
	return { kind: 'user', userId: user.id, role: 'staff', name, email, locale: 'en', via: 'session' };
}

export async function seedTaxonomy(db: Db) {
	await db
		.insert(taxonomyTerms)
		.values([
			{ kind: 'theme', key: 'poverty', labelNl: 'Armoede', labelFr: 'Pauvreté', labelEn: 'Poverty' },
			{ kind: 'theme', key: 'food', labelNl: 'Voeding', labelFr: 'Alimentation', labelEn: 'Food' },
			{ kind: 'category', key: 'funding', labelNl: 'Financiering', labelFr: 'Financement', labelEn: 'Funding' },
			{ kind: 'category', key: 'legal', labelNl: 'Juridisch', labelFr: 'Juridique', labelEn: 'Legal' }
		])
		// the default taxonomy (migration) may hold these keys with other labels: the test's labels win
		.onConflictDoUpdate({
			target: [taxonomyTerms.kind, taxonomyTerms.key],
			set: { labelNl: sql`excluded.label_nl`, labelFr: sql`excluded.label_fr`, labelEn: sql`excluded.label_en` }
		});
}

export function supportRequest(overrides: Partial<SupportRequestInput> = {}): SupportRequestInput {
	counter += 1;
	return {
		name: 'Iris Innovator',
		email: `iris${counter}-${Math.random().toString(36).slice(2, 8)}@example.be`,
		language: 'fr',
		initiative: {
			title: 'Buurtkeuken',
			societalNeed: 'Lonely elderly people eat alone',
			targetGroup: 'Elderly in Gent',
			themes: ['poverty', 'Voeding'],
			stage: 'pilot'
		},
		needs: [
			{ category: 'funding', text: 'Seed money for a kitchen' },
			{ category: 'Juridique', text: 'Which legal form?' }
		],
		...overrides
	};
}

/** A public request just arrived: returns the engagement id. */
export async function seedRequestedEngagement(db: Db, overrides: Partial<SupportRequestInput> = {}) {
	const { id } = await submitSupportRequest(db, anonymous, supportRequest(overrides), 'en', {
		clientKey: `seed-${Math.random()}`
	});
	return id;
}

export async function seedPerson(db: Db, name: string, roles: string[] = ['chancegiver'], locale = 'nl') {
	const email = `${name.toLowerCase().replace(/\W+/g, '.')}-${Math.random().toString(36).slice(2, 8)}@example.be`;
	const [row] = await db.insert(people).values({ displayName: name, email, roles, locale }).returning();
	return row;
}

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

/** Calls a route handler as SvelteKit would, with a chosen actor. */
export async function callRoute(
	db: Db,
	handler: Handler,
	path: string,
	options: { body?: unknown; params?: Record<string, string>; actor?: Actor; ip?: string } = {}
) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, {
		method: options.body === undefined ? 'GET' : 'POST',
		headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		url,
		request,
		params: options.params ?? {},
		getClientAddress: () => options.ip ?? '192.0.2.1',
		locals: { db, engine: 'pglite', actor: options.actor ?? anonymous, locale: 'en' }
	} as unknown as RequestEvent;
	const response = await handler(event);
	return { status: response.status, json: await response.json() };
}
