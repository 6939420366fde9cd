import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog, outbox } from '../../db/schema/core.ts';
import { adDays, adParticipants, adSlots } from '../../db/schema/acceleration-day.ts';
import { people } from '../../db/schema/people.ts';
import { anonymous, type UserActor } from '../../auth/actor.ts';
import { ValidationError } from '../../errors.ts';
import { createAccelerationDay } from './create-day.ts';
import { registerParticipant } from './register-participant.ts';
import { declineParticipation, saveRegistration } from './save-registration.ts';
import { sendReminders } from './send-reminders.ts';
import { getDayOverview, listAccelerationDays } from './day-overview.ts';
import { dayInput, expectAppError, seedAdTaxonomy, seedDay, seedStaff } from './ad-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	await seedAdTaxonomy(t.db);
	staff = await seedStaff(t.db);
});
afterAll(async () => {
	await t.close();
});

describe('createAccelerationDay', () => {
	it('stores the day with its blocks in Brussels time and an audit row', async () => {
		const { id } = await createAccelerationDay(t.db, staff, dayInput({ format: 'small', pitchMinutes: 30, seatsPerTable: 4 }), 'en');
		const [day] = await t.db.select().from(adDays).where(eq(adDays.id, id));
		expect(day).toMatchObject({ format: 'small', seatsPerTable: 4, status: 'registration' });
		const blocks = await t.db.select().from(adSlots).where(eq(adSlots.dayId, id)).orderBy(adSlots.position);
		expect(blocks.map((b) => b.kind)).toEqual(['pitch', 'meeting', 'meeting', 'break', 'meeting', 'meeting']);
		expect(blocks[0].startsAt.toISOString()).toBe('2026-12-10T08:00:00.000Z');
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
		expect(audit.map((a) => a.action)).toEqual(['accelerationDay.create']);
		expect((await listAccelerationDays(t.db, staff)).some((d) => d.id === id)).toBe(true);
	});
	it('refuses bad input with field errors and anonymous callers', async () => {
		const error = await expectAppError(createAccelerationDay(t.db, staff, dayInput({ start: '9h', slotCount: 0 }), 'nl'), 'validation_failed');
		expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(['slotCount', 'start']);
		await expectAppError(createAccelerationDay(t.db, anonymous, dayInput(), 'nl'), 'unauthenticated');
	});
});

describe('registration by staff and through personal links', () => {
	it('invites with a personal link in the person’s language, gives cases tables, and refuses the same person twice', async () => {
		const dayId = await seedDay(t.db, staff, { tableNames: ['Schelde', 'Leie'] });
		const invite = await registerParticipant(t.db, staff, { dayId, side: 'innovator', name: 'Iris Case', email: 'Iris.Case@Example.be', language: 'fr' });
		expect(invite.status).toBe('invited');
		expect(invite.link).toMatch(/\/ad\/[A-Za-z0-9_-]{43}$/);
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'iris.case@example.be'));
		expect(mail.subject).toContain('Acceleration Day :');
		expect(mail.text).toContain(invite.link);
		const second = await registerParticipant(t.db, staff, { dayId, side: 'innovator', name: 'Bo', email: 'bo@example.be', sendLink: false });
		const third = await registerParticipant(t.db, staff, { dayId, side: 'innovator', name: 'Cas', email: 'cas@example.be', sendLink: false });
		const tables = await t.db.select({ id: adParticipants.id, table: adParticipants.tableName }).from(adParticipants).where(eq(adParticipants.dayId, dayId));
		const tableOf = (id: string) => tables.find((r) => r.id === id)?.table;
		expect([tableOf(invite.id), tableOf(second.id), tableOf(third.id)]).toEqual(['Schelde', 'Leie', '1']);
		expect(await t.db.select().from(outbox).where(eq(outbox.to, 'bo@example.be'))).toHaveLength(0);
		const dup = await expectAppError(registerParticipant(t.db, staff, { dayId, side: 'chancegiver', name: 'Iris', email: 'iris.case@example.be' }), 'conflict');
		expect(dup.details).toMatchObject({ fields: { email: [expect.any(String)] } });
		const [person] = await t.db.select().from(people).where(eq(people.email, 'iris.case@example.be'));
		expect(person.roles).toContain('innovator');
	});

	it('lets the link holder register (chancegiver: role, offers, slots, wish), refuses unknown slots and tokens, and records who did it', async () => {
		const dayId = await seedDay(t.db, staff);
		const invite = await registerParticipant(t.db, staff, { dayId, side: 'chancegiver', name: 'Jan Funder', email: 'jan@example.be', sendLink: false });
		const token = invite.link.split('/').pop()!;
		await saveRegistration(t.db, anonymous, { token, registration: { side: 'chancegiver', role: 'funder', categories: ['funding'], themes: ['food'], availableSlots: [2, 0, 2], maxMeetings: 2 } }, 'en');
		const [row] = await t.db.select().from(adParticipants).where(eq(adParticipants.id, invite.id));
		expect(row).toMatchObject({ status: 'registered', role: 'funder', availableSlots: [0, 2], maxMeetings: 2, categories: ['funding'] });
		expect(row.registeredAt).not.toBeNull();
		const bad = await expectAppError(
			saveRegistration(t.db, anonymous, { token, registration: { side: 'chancegiver', role: 'funder', availableSlots: [9] } }, 'en'),
			'validation_failed'
		);
		expect(bad.details).toMatchObject({ fields: { availableSlots: [expect.any(String)] } });
		const noRole = await expectAppError(saveRegistration(t.db, anonymous, { token, registration: { side: 'chancegiver' } as never }, 'nl'), 'validation_failed');
		expect((noRole as ValidationError).fieldErrors.role).toEqual(['Kies een rol.']);
		await expectAppError(saveRegistration(t.db, anonymous, { token: 'nope', registration: { side: 'innovator', question: 'x' } }, 'en'), 'not_found');
		// by id only staff
		await expectAppError(saveRegistration(t.db, anonymous, { participantId: invite.id, registration: { side: 'chancegiver', role: 'expert' } }, 'en'), 'unauthenticated');
		const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.subjectId, invite.id), eq(auditLog.action, 'accelerationDay.registration')));
		expect(audit[0].actorLabel).toBe('public');
	});

	it('reminds only those who have not answered, once a day', async () => {
		const dayId = await seedDay(t.db, staff);
		const quiet = await registerParticipant(t.db, staff, { dayId, side: 'chancegiver', name: 'Quiet', email: 'quiet@example.be', language: 'en', sendLink: false });
		const gone = await registerParticipant(t.db, staff, { dayId, side: 'chancegiver', name: 'Gone', email: 'gone@example.be', sendLink: false });
		await registerParticipant(t.db, staff, { dayId, side: 'innovator', name: 'Done', email: 'done@example.be', sendLink: false, registration: { side: 'innovator', question: 'Funding?' } });
		await declineParticipation(t.db, anonymous, { token: gone.link.split('/').pop()! });
		const now = new Date('2026-12-01T10:00:00Z');
		expect(await sendReminders(t.db, staff, { dayId }, 'en', now)).toEqual({ reminded: 1 });
		expect(await sendReminders(t.db, staff, { dayId }, 'en', new Date('2026-12-01T20:00:00Z'))).toEqual({ reminded: 0 });
		expect(await sendReminders(t.db, staff, { dayId }, 'en', new Date('2026-12-02T10:00:00Z'))).toEqual({ reminded: 1 });
		const mails = await t.db.select().from(outbox).where(eq(outbox.to, 'quiet@example.be'));
		expect(mails.map((m) => m.subject)).toEqual(['Reminder: register for Acceleration Day Gent', 'Reminder: register for Acceleration Day Gent']);
		const overview = await getDayOverview(t.db, staff, dayId, 'en');
		expect(overview.participants.find((p) => p.id === quiet.id)?.status).toBe('invited');
		expect(overview.participants.find((p) => p.id === gone.id)?.status).toBe('declined');
	});
});
