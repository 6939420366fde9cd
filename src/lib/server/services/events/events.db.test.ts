import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { anonymous, systemActor, type UserActor } from '../../auth/actor.ts';
import { auditLog, outbox } from '../../db/schema/core.ts';
import { eventRegistrations, eventWorkshopChoices } from '../../db/schema/events.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { createEvent, updateEvent } from './save-event.ts';
import { registerForEvent } from './register-for-event.ts';
import { cancelRegistration, cancelRegistrationByTicket } from './cancel-registration.ts';
import { checkInRegistration } from './check-in.ts';
import { createUser } from '../accounts/users.ts';
import { listRegistrations, readEvent, readTicket } from './read-events.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
	const user = await createUser(t.db, systemActor('cli'), { email: 'karen@example.be', name: 'Karen', role: 'staff', password: 'correct horse battery' });
	staff.userId = user.id;
});
afterAll(async () => {
	await t.close();
});

const staff: UserActor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	role: 'staff',
	name: 'Karen',
	email: 'karen@example.be',
	locale: 'nl',
	via: 'token'
};
const cli = systemActor('cli');
const future = '2030-06-12T18:30:00+02:00';

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

describe('registration, waitlist and cancellation', () => {
	it('confirms up to capacity, waitlists after, refuses the same e-mail in any case', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Infosessie Start-up club', startsAt: future, capacity: 2 });
		const a = await registerForEvent(t.db, staff, id, { name: 'An', email: 'an@example.be' });
		const b = await registerForEvent(t.db, staff, id, { name: 'Bram', email: 'bram@example.be', language: 'fr' });
		const c = await registerForEvent(t.db, staff, id, { name: 'Chloé', email: 'chloe@example.be', language: 'en' });
		expect([a.status, b.status, c.status]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
		await expectCode(registerForEvent(t.db, staff, id, { name: 'An again', email: 'AN@Example.BE' }), 'duplicate_email');

		const summary = await readEvent(t.db, staff, id);
		expect({ capacity: summary.capacity, confirmed: summary.confirmed, waitlisted: summary.waitlisted }).toEqual({
			capacity: 2,
			confirmed: 2,
			waitlisted: 1
		});
		const mails = await t.db.select().from(outbox).where(eq(outbox.to, 'bram@example.be'));
		expect(mails[0].subject).toBe('Vous êtes inscrit·e : Infosessie Start-up club');
		expect((mails[0].attachments as { filename: string }[] | null)?.[0].filename).toBe('event.ics');

		// Cancelling a confirmed place promotes the first on the waitlist, with an English e-mail.
		const cancelled = await cancelRegistration(t.db, staff, { eventId: id, registrationId: a.id });
		expect(cancelled.promoted).toBe(c.id);
		const [promoted] = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, c.id));
		expect(promoted.status).toBe('confirmed');
		const chloeMails = await t.db.select().from(outbox).where(eq(outbox.to, 'chloe@example.be'));
		expect(chloeMails.map((m) => m.subject)).toContain('A place is free: Infosessie Start-up club');

		// Twice is harmless; the same address may register again after cancelling.
		expect((await cancelRegistration(t.db, staff, { eventId: id, registrationId: a.id })).promoted).toBeNull();
		const again = await registerForEvent(t.db, staff, id, { name: 'An', email: 'an@example.be' });
		expect(again.status).toBe('waitlisted');
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, a.id));
		expect(audit.map((r) => r.action).sort()).toEqual(['event.cancel_registration', 'event.register']);
	});

	it('lets a person cancel through the ticket link and see the waitlist position', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Visiesessie', startsAt: future, capacity: 1 });
		const first = await registerForEvent(t.db, anonymous, id, { name: 'Eva', email: 'eva@example.be' }, 'nl', { clientKey: 'ip1' });
		const second = await registerForEvent(t.db, anonymous, id, { name: 'Fien', email: 'fien@example.be' }, 'nl', { clientKey: 'ip1' });
		expect((await readTicket(t.db, id, second.ticketToken)).waitlistPosition).toBe(1);
		await expectCode(readTicket(t.db, id, 'wrong-token'), 'not_found');
		const result = await cancelRegistrationByTicket(t.db, anonymous, { eventId: id, token: first.ticketToken });
		expect(result.promoted).toBe(second.id);
		expect((await readTicket(t.db, id, second.ticketToken)).registration.status).toBe('confirmed');
	});

	it('closes public registration for unpublished or closed events, but staff may still register', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Besloten', startsAt: future, capacity: 5, published: false });
		await expectCode(registerForEvent(t.db, anonymous, id, { name: 'X', email: 'x@example.be' }), 'not_found');
		expect((await registerForEvent(t.db, staff, id, { name: 'X', email: 'x@example.be' })).status).toBe('confirmed');
		await expectCode(registerForEvent(t.db, staff, '00000000-0000-4000-8000-00000000abcd', { name: 'X', email: 'x@example.be' }), 'not_found');
	});

	it('asks the event questions and reports a missing required answer next to the field', async () => {
		const { id } = await createEvent(t.db, cli, {
			title: 'Cocreatie',
			startsAt: future,
			capacity: 5,
			questions: [
				{ key: 'diet', label: { nl: 'Dieet', fr: 'Régime', en: 'Diet' }, kind: 'choice', options: ['vegan', 'none'], required: true }
			]
		});
		await expect(registerForEvent(t.db, staff, id, { name: 'Y', email: 'y@example.be' })).rejects.toSatisfy(
			(e) => e instanceof ValidationError && 'answers.diet' in e.fieldErrors
		);
		await expect(registerForEvent(t.db, staff, id, { name: 'Y', email: 'y@example.be', answers: { diet: 'fish' } })).rejects.toBeInstanceOf(
			ValidationError
		);
		const ok = await registerForEvent(t.db, staff, id, { name: 'Y', email: 'y@example.be', answers: { diet: 'vegan' } });
		expect(ok.status).toBe('confirmed');
	});

	it('raising the capacity promotes the waitlist at once', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Ideeënavond', startsAt: future, capacity: 1 });
		await registerForEvent(t.db, staff, id, { name: 'G', email: 'g@example.be' });
		const h = await registerForEvent(t.db, staff, id, { name: 'H', email: 'h@example.be' });
		const { event } = await readEvent(t.db, staff, id);
		const result = await updateEvent(t.db, staff, id, { title: event.title, startsAt: future, capacity: 2, version: event.version });
		expect(result.promoted).toEqual([h.id]);
		await expectCode(updateEvent(t.db, staff, id, { title: 'x', startsAt: future, capacity: 2, version: event.version }), 'version_conflict');
	});
});

describe('workshops with their own capacities', () => {
	it('fills a workshop, waitlists it, and promotes on a cancellation', async () => {
		const { id } = await createEvent(t.db, cli, {
			title: 'System Shakers',
			startsAt: future,
			capacity: 10,
			workshops: [
				{ title: 'Pitchen', capacity: 1 },
				{ title: 'Systeemdenken', capacity: 5 }
			]
		});
		const { workshops } = await readEvent(t.db, staff, id);
		const [pitch, systems] = workshops;
		const a = await registerForEvent(t.db, staff, id, { name: 'A', email: 'a@example.be', workshopIds: [pitch.id, systems.id] });
		const b = await registerForEvent(t.db, staff, id, { name: 'B', email: 'b@example.be', workshopIds: [pitch.id] });
		const choiceOf = async (registrationId: string, workshopId: string) =>
			(
				await t.db
					.select()
					.from(eventWorkshopChoices)
					.where(and(eq(eventWorkshopChoices.registrationId, registrationId), eq(eventWorkshopChoices.workshopId, workshopId)))
			)[0]?.status;
		expect(await choiceOf(a.id, pitch.id)).toBe('confirmed');
		expect(await choiceOf(b.id, pitch.id)).toBe('waitlisted');
		expect(b.status).toBe('confirmed');
		await cancelRegistration(t.db, staff, { eventId: id, registrationId: a.id });
		expect(await choiceOf(b.id, pitch.id)).toBe('confirmed');
		const after = await readEvent(t.db, staff, id);
		expect(after.workshops.map((w) => [w.confirmed, w.waitlisted])).toEqual([
			[1, 0],
			[0, 0]
		]);
		await expect(
			registerForEvent(t.db, staff, id, { name: 'C', email: 'c@example.be', workshopIds: ['00000000-0000-4000-8000-000000000009'] })
		).rejects.toBeInstanceOf(ValidationError);
	});
});

describe('check-in', () => {
	it('checks in by code or id once, refuses the waitlisted unless forced, and finds people by search', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Infosessie', startsAt: future, capacity: 1 });
		const a = await registerForEvent(t.db, staff, id, { name: 'Ilias Peeters', email: 'ilias@example.be' });
		const b = await registerForEvent(t.db, staff, id, { name: 'Jo', email: 'jo@example.be' });
		const [row] = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, a.id));
		const first = await checkInRegistration(t.db, staff, { eventId: id, code: row.checkinCode.toLowerCase() });
		expect(first).toMatchObject({ id: a.id, alreadyCheckedIn: false });
		const second = await checkInRegistration(t.db, staff, { eventId: id, registrationId: a.id });
		expect(second.alreadyCheckedIn).toBe(true);
		expect(second.checkedInAt).toBe(first.checkedInAt);
		await expectCode(checkInRegistration(t.db, staff, { eventId: id, registrationId: b.id }), 'invalid_state');
		expect((await checkInRegistration(t.db, staff, { eventId: id, registrationId: b.id, force: true })).alreadyCheckedIn).toBe(false);
		expect((await readEvent(t.db, staff, id)).checkedIn).toBe(2);
		const found = await listRegistrations(t.db, staff, id, { q: 'peeters' });
		expect(found.registrations.map((r) => r.id)).toEqual([a.id]);
		await expectCode(checkInRegistration(t.db, anonymous, { eventId: id, registrationId: a.id }), 'unauthenticated');
	});
});

describe('first come, first served under concurrency', () => {
	it('120 simultaneous registrations for 50 places give exactly 50 confirmed and 70 waitlisted', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'System Shakers 2030', startsAt: future, capacity: 50 });
		const results = await Promise.allSettled(
			Array.from({ length: 120 }, (_, i) => registerForEvent(t.db, staff, id, { name: `Person ${i}`, email: `p${i}@example.be` }))
		);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'error'));
		expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
		expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(70);
		const summary = await readEvent(t.db, staff, id);
		expect([summary.confirmed, summary.waitlisted]).toEqual([50, 70]);
		// The confirmed are exactly the 50 earliest arrivals.
		const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
		const sorted = rows.sort((x, y) => x.seq - y.seq);
		expect(sorted.slice(0, 50).every((r) => r.status === 'confirmed')).toBe(true);
	});

	it('the same e-mail sent 10 times at once is registered once; the rest get 409', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Dubbel', startsAt: future, capacity: 50 });
		const results = await Promise.allSettled(
			Array.from({ length: 10 }, (_, i) => registerForEvent(t.db, staff, id, { name: 'Same', email: i % 2 ? 'SAME@example.be' : 'same@example.be' }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(
			results.every((r) => r.status === 'fulfilled' || (r.reason instanceof AppError && r.reason.code === 'duplicate_email'))
		).toBe(true);
	});

	it('simultaneous cancellations promote exactly as many as they free', async () => {
		const { id } = await createEvent(t.db, cli, { title: 'Annulaties', startsAt: future, capacity: 10 });
		const regs = [];
		for (let i = 0; i < 20; i++) regs.push(await registerForEvent(t.db, staff, id, { name: `Q${i}`, email: `q${i}@example.be` }));
		await Promise.all(regs.slice(0, 6).map((r) => cancelRegistration(t.db, staff, { eventId: id, registrationId: r.id })));
		const summary = await readEvent(t.db, staff, id);
		expect([summary.confirmed, summary.waitlisted, summary.cancelled]).toEqual([10, 4, 6]);
	});
});
