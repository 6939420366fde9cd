/** Reminders, the survey invitation and answers, the report and the CSV of an event. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { events } from '../../db/schema/events.ts';
import { people, timelineEvents } from '../../db/schema/people.ts';
import { AppError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createEvent, updateEvent } from './save-event.ts';
import { registerForEvent } from './register-for-event.ts';
import { checkInRegistration } from './check-in.ts';
import { sendEventReminders, sendEventSurveys } from './event-jobs.ts';
import { submitSurvey } from './submit-survey.ts';
import { eventRegistrationsCsv, eventReport } from './event-report.ts';
import { readEvent } from './read-events.ts';

let t: TestDb;
const staff: UserActor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	role: 'staff',
	name: 'Karen',
	email: 'karen@example.be',
	locale: 'nl',
	via: 'session'
};
const cli = systemActor('cli');
beforeAll(async () => {
	t = await createTestDb();
	const user = await createUser(t.db, cli, { email: 'karen@example.be', name: 'Karen', role: 'staff', password: 'correct horse battery' });
	staff.userId = user.id;
});
afterAll(async () => {
	await t.close();
});

const mailsOf = (kind: string) => t.db.select().from(outbox).where(eq(outbox.kind, kind));

describe('reminders and surveys (worker tasks)', () => {
	it('sends one reminder to each confirmed person once the reminder time is reached, never twice', async () => {
		const start = new Date('2031-03-10T18:00:00Z');
		const { id } = await createEvent(t.db, cli, { title: 'Visiesessie', type: 'vision_session', startsAt: start, capacity: 1, reminderHours: 24 });
		await registerForEvent(t.db, staff, id, { name: 'Ria', email: 'ria@example.be', language: 'fr' });
		await registerForEvent(t.db, staff, id, { name: 'Wim', email: 'wim@example.be' });
		const before = (await mailsOf('event.reminder')).length;
		expect(await sendEventReminders(t.db, new Date('2031-03-09T17:00:00Z'))).toBe(0);
		expect(await sendEventReminders(t.db, new Date('2031-03-09T18:30:00Z'))).toBe(1);
		expect(await sendEventReminders(t.db, new Date('2031-03-09T19:30:00Z'))).toBe(0);
		const reminders = (await mailsOf('event.reminder')).slice(before);
		expect(reminders.map((m) => m.to)).toEqual(['ria@example.be']);
		expect(reminders[0].subject).toContain('Rappel');
		const names = (reminders[0].attachments as { filename: string }[]).map((a) => a.filename);
		expect(names).toEqual(['event.ics', 'ticket-qr.png']);
	});

	it('invites those checked in to the survey after the end, once; answers replace; the report counts them', async () => {
		const start = new Date('2031-04-10T18:00:00Z');
		const { id, slug } = await createEvent(t.db, cli, {
			title: 'Cocreatie',
			type: 'co_creation',
			startsAt: start,
			capacity: 5,
			surveyOpen: true,
			reminderHours: null
		});
		await t.db.insert(people).values({ displayName: 'Known Person', email: 'known@example.be', region: 'brussels', createdAt: new Date('2020-01-01') });
		const a = await registerForEvent(t.db, staff, id, { name: 'Known Person', email: 'known@example.be' });
		const b = await registerForEvent(t.db, staff, id, { name: 'New Person', email: 'new@example.be', language: 'en' });
		await registerForEvent(t.db, staff, id, { name: 'Absent', email: 'absent@example.be' });
		await checkInRegistration(t.db, staff, { eventId: id, registrationId: a.id });
		await checkInRegistration(t.db, staff, { eventId: id, registrationId: b.id });

		// Attendance of a known person joins their timeline; an unknown e-mail has no timeline.
		const [known] = await t.db.select().from(people).where(eq(people.email, 'known@example.be'));
		const timeline = await t.db.select().from(timelineEvents).where(eq(timelineEvents.personId, known.id));
		expect(timeline.map((e) => [e.kind, e.summaryKey, (e.params as { title: string }).title, e.link])).toEqual([
			['event.attended', 'events.timelineAttended', 'Cocreatie', `/events/${id}`]
		]);

		expect(await sendEventSurveys(t.db, new Date('2031-04-10T19:00:00Z'))).toBe(0);
		expect(await sendEventSurveys(t.db, new Date('2031-04-10T20:30:00Z'))).toBe(2);
		expect(await sendEventSurveys(t.db, new Date('2031-04-10T21:30:00Z'))).toBe(0);
		const invitations = await t.db.select().from(outbox).where(and(eq(outbox.kind, 'event.survey'), like(outbox.text, `%/e/${slug}/ticket/%/survey%`)));
		expect(invitations.map((m) => m.to).sort()).toEqual(['known@example.be', 'new@example.be']);

		await submitSurvey(t.db, id, a.ticketToken, { rating: 2, comment: '' });
		await submitSurvey(t.db, id, a.ticketToken, { rating: 5, wouldRecommend: true, comment: 'Top' });
		await submitSurvey(t.db, id, b.ticketToken, { rating: 4, wouldRecommend: false });
		await expect(submitSurvey(t.db, id, 'nonsense', { rating: 4 })).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'not_found');
		await expect(submitSurvey(t.db, id, b.ticketToken, { rating: 9 })).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'validation_failed');

		const report = await eventReport(t.db, staff, id);
		expect(report.survey.responses).toBe(2);
		expect(report.survey.average).toBe(4.5);
		expect([report.survey.recommendYes, report.survey.recommendNo]).toEqual([1, 1]);
		expect(report.survey.comments).toEqual(['Top']);
		expect(report.attendanceRate).toBeCloseTo(2 / 3);
		expect(report.reach.total).toBe(3);
		expect(report.reach.linked).toBe(1);
		// The known person was in the directory before; the two others are first-time contacts.
		expect(report.reach.firstTime).toBe(2);
		expect(report.reach.regions).toEqual([
			{ key: '', n: 2 },
			{ key: 'brussels', n: 1 }
		]);

		const csv = await eventRegistrationsCsv(t.db, staff, id, 'en');
		const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toContain('Status');
		expect(lines[2]).toContain('new@example.be');

		// Closing the survey refuses later answers.
		const [row] = await t.db.select().from(events).where(eq(events.id, id));
		const summary = await readEvent(t.db, staff, id);
		await updateEvent(t.db, staff, id, { title: row.title, startsAt: row.startsAt, capacity: summary.capacity, surveyOpen: false, version: row.version });
		await expect(submitSurvey(t.db, id, b.ticketToken, { rating: 3 })).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'invalid_state');
	});
});
