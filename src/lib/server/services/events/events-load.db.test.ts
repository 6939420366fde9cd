/**
 * The race: 500 people registering at the same moment for 300 places give exactly
 * 300 confirmed and 200 on the waitlist, no errors — on PGlite and on PostgreSQL (where the
 * calls use separate pool connections, so the row lock is really contended).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { eventRegistrations } from '../../db/schema/events.ts';
import { createUser } from '../accounts/users.ts';
import { createEvent } from './save-event.ts';
import { registerForEvent } from './register-for-event.ts';
import { readEvent } from './read-events.ts';

let t: TestDb;
const staff: UserActor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	role: 'staff',
	name: 'Karen',
	email: 'karen@example.be',
	locale: 'nl',
	via: 'token'
};
beforeAll(async () => {
	t = await createTestDb();
	const user = await createUser(t.db, systemActor('cli'), { email: 'karen@example.be', name: 'Karen', role: 'staff', password: 'correct horse battery' });
	staff.userId = user.id;
});
afterAll(async () => {
	await t.close();
});

describe('500 simultaneous registrations for 300 places', () => {
	it('gives exactly 300 confirmed and 200 waitlisted, no errors, the confirmed being the earliest', { timeout: 240_000 }, async () => {
		const { id } = await createEvent(t.db, systemActor('cli'), { title: 'System Shakers', type: 'system_shakers', startsAt: '2031-09-20T09:00:00+02:00', capacity: 300 });
		const results = await Promise.allSettled(
			Array.from({ length: 500 }, (_, i) => registerForEvent(t.db, staff, id, { name: `Shaker ${i}`, email: `shaker${i}@example.be` }))
		);
		const rejected = results.filter((r) => r.status === 'rejected');
		expect(rejected.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
		const statuses = results.map((r) => (r as PromiseFulfilledResult<{ status: string }>).value.status);
		expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(300);
		expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(200);
		const summary = await readEvent(t.db, staff, id);
		expect([summary.capacity, summary.confirmed, summary.waitlisted]).toEqual([300, 300, 200]);
		const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, id)).orderBy(asc(eventRegistrations.seq));
		expect(rows.slice(0, 300).every((r) => r.status === 'confirmed')).toBe(true);
		expect(rows.slice(300).every((r) => r.status === 'waitlisted')).toBe(true);
	});
});
