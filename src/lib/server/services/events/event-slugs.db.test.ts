import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { events } from '../../db/schema/events.ts';
import { ValidationError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createEvent, updateEvent } from './save-event.ts';
import { readEvent } from './read-events.ts';
import { registerForEvent } from './register-for-event.ts';
import { resolveEventAddress } from './event-slugs.ts';

let t: TestDb;
let staff: UserActor;
const cli = systemActor('cli');
const future = '2030-09-10T19:00:00+02:00';

beforeAll(async () => {
	t = await createTestDb();
	const user = await createUser(t.db, cli, { email: 'slugs@example.be', name: 'Sofie', role: 'staff', password: 'correct horse battery' });
	staff = { kind: 'user', userId: user.id, role: 'staff', name: 'Sofie', email: 'slugs@example.be', locale: 'nl', via: 'token' };
});
afterAll(async () => {
	await t.close();
});

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string[]>> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fieldErrors;
}

describe('event slugs', () => {
	it('makes a slug from the title and numbers the next events with the same title, also when created at the same moment', async () => {
		const first = await createEvent(t.db, cli, { title: 'Visiesessie Sport & Inclusie', startsAt: future, capacity: 10 });
		expect(first.slug).toBe('visiesessie-sport-inclusie');
		const more = await Promise.all([1, 2, 3].map(() => createEvent(t.db, cli, { title: 'Visiesessie Sport & Inclusie', startsAt: future, capacity: 10 })));
		expect(more.map((e) => e.slug).sort()).toEqual(['visiesessie-sport-inclusie-2', 'visiesessie-sport-inclusie-3', 'visiesessie-sport-inclusie-4']);
	});

	it('takes the slug staff choose, and refuses a bad or taken one by the field', async () => {
		const mine = await createEvent(t.db, staff, { title: 'System Shakers', slug: 'shakers-2030', startsAt: future, capacity: 300 });
		expect(mine.slug).toBe('shakers-2030');
		expect(await fieldErrors(createEvent(t.db, staff, { title: 'Other', slug: 'shakers-2030', startsAt: future, capacity: 5 }))).toEqual({
			slug: ['Dit webadres is al in gebruik door een ander evenement. Kies een ander.']
		});
		expect((await fieldErrors(createEvent(t.db, staff, { title: 'Other', slug: 'Shakers 2030', startsAt: future, capacity: 5 }, 'en'))).slug[0]).toMatch(
			/lowercase letters/
		);
		expect(Object.keys(await fieldErrors(createEvent(t.db, staff, { title: 'Other', slug: mine.id, startsAt: future, capacity: 5 })))).toEqual(['slug']);
	});

	it('serves /e/{id}, the slug and a former slug; a former slug stays reserved for its event', async () => {
		const { id } = await createEvent(t.db, staff, { title: 'Ideeënavond', startsAt: future, capacity: 40 });
		const before = await readEvent(t.db, staff, id);
		expect(before.slug).toBe('ideeenavond');
		await updateEvent(t.db, staff, id, { title: 'Ideeënavond', slug: 'ideeen-avond-brussel', startsAt: future, capacity: 40, version: before.event.version });

		const byId = await resolveEventAddress(t.db, id);
		expect([byId.event.slug, byId.canonical]).toEqual(['ideeen-avond-brussel', false]);
		const bySlug = await resolveEventAddress(t.db, 'ideeen-avond-brussel');
		expect([bySlug.event.id, bySlug.canonical]).toEqual([id, true]);
		const byOld = await resolveEventAddress(t.db, 'ideeenavond');
		expect([byOld.event.id, byOld.canonical]).toEqual([id, false]);
		await expect(resolveEventAddress(t.db, 'no-such-event')).rejects.toMatchObject({ code: 'not_found' });
		const byCase = await resolveEventAddress(t.db, 'Ideeen-Avond-Brussel');
		expect([byCase.event.id, byCase.canonical]).toEqual([id, false]);

		// Another event may not take the former slug; the event itself may take it back.
		expect(Object.keys(await fieldErrors(createEvent(t.db, staff, { title: 'X', slug: 'ideeenavond', startsAt: future, capacity: 1 })))).toEqual(['slug']);
		const auto = await createEvent(t.db, staff, { title: 'Ideeënavond', startsAt: future, capacity: 1 });
		expect(auto.slug).toBe('ideeenavond-2');
		const now = await readEvent(t.db, staff, id);
		await updateEvent(t.db, staff, id, { title: 'Ideeënavond', slug: 'ideeenavond', startsAt: future, capacity: 40, version: now.event.version });
		expect((await resolveEventAddress(t.db, 'ideeenavond')).canonical).toBe(true);
		expect((await resolveEventAddress(t.db, 'ideeen-avond-brussel')).event.id).toBe(id);
	});

	it('keeps the slug when an edit leaves it empty, and refuses another event’s slug', async () => {
		const a = await createEvent(t.db, staff, { title: 'Cocreatie A', startsAt: future, capacity: 10 });
		const b = await createEvent(t.db, staff, { title: 'Cocreatie B', startsAt: future, capacity: 10 });
		const current = await readEvent(t.db, staff, a.id);
		await updateEvent(t.db, staff, a.id, { title: 'Cocreatie A bis', slug: '', startsAt: future, capacity: 10, version: current.event.version });
		expect((await readEvent(t.db, staff, a.id)).slug).toBe('cocreatie-a');
		const again = await readEvent(t.db, staff, a.id);
		expect(
			Object.keys(await fieldErrors(updateEvent(t.db, staff, a.id, { title: 'A', slug: b.slug, startsAt: future, capacity: 10, version: again.event.version })))
		).toEqual(['slug']);
	});

	it('puts the slug in the ticket link of the confirmation e-mail', async () => {
		const { id, slug } = await createEvent(t.db, staff, { title: 'Infosessie Scalers', startsAt: future, capacity: 5 });
		await registerForEvent(t.db, staff, id, { name: 'Lotte', email: 'lotte@example.be' });
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'lotte@example.be'));
		expect(mail.text).toContain(`/e/${slug}/ticket/`);
		expect(mail.text).not.toContain(`/e/${id}`);
		const [row] = await t.db.select({ slug: events.slug }).from(events).where(eq(events.id, id));
		expect(row.slug).toBe('infosessie-scalers');
	});
});
