import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { auditLog } from '../../db/schema/core.ts';
import { adDays, adParticipants } from '../../db/schema/acceleration-day.ts';
import { people } from '../../db/schema/people.ts';
import { anonymous, type UserActor } from '../../auth/actor.ts';
import { callRoute } from '../intake/intake-test-fixtures.ts';
import { buildOpenApiDocument } from '../../api/openapi.ts';
import '../../api/operations/index.ts';
import * as participantRoute from '../../../../routes/api/v1/acceleration-days/[id]/participants/[pid]/+server.ts';
import { registerParticipant } from './register-participant.ts';
import { saveRegistration } from './save-registration.ts';
import { participantRegistrationForStaff, updateParticipantRegistration } from './staff-registration.ts';
import { solveDay } from './solve-day.ts';
import { publishDraft } from './publish.ts';
import { expectAppError, seedAdTaxonomy, seedDay, seedRegisteredDay, seedStaff } from './ad-test-fixtures.ts';

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

const row = async (id: string) => (await t.db.select().from(adParticipants).where(eq(adParticipants.id, id)))[0];

describe('staff edit a participant’s registration', () => {
	it('saves through the link’s validation, registers an invited person, sets their language and audits before/after', async () => {
		const dayId = await seedDay(t.db, staff);
		const invite = await registerParticipant(t.db, staff, { dayId, side: 'chancegiver', name: 'Greet Giver', email: 'greet@example.be', language: 'nl', sendLink: false });
		const form = await participantRegistrationForStaff(t.db, staff, { dayId, participantId: invite.id }, 'en');
		expect(form).toMatchObject({ participant: { side: 'chancegiver', status: 'invited', language: 'nl' }, timetablePublished: false });

		const bad = await expectAppError(
			updateParticipantRegistration(t.db, staff, { dayId, participantId: invite.id, registration: { side: 'chancegiver', availableSlots: [9] } as never, language: 'de' }, 'en'),
			'validation_failed'
		);
		expect(Object.keys((bad.details as { fields: object }).fields)).toEqual(['language']);
		const noRole = await expectAppError(
			updateParticipantRegistration(t.db, staff, { dayId, participantId: invite.id, registration: { side: 'chancegiver', availableSlots: [9] } as never }, 'nl'),
			'validation_failed'
		);
		expect((noRole.details as { fields: Record<string, string[]> }).fields.role).toEqual(['Kies een rol.']);
		const slot = await expectAppError(
			updateParticipantRegistration(t.db, staff, { dayId, participantId: invite.id, registration: { side: 'chancegiver', role: 'mentor', availableSlots: [9] } }, 'en'),
			'validation_failed'
		);
		expect((slot.details as { fields: Record<string, string[]> }).fields.availableSlots).toHaveLength(1);

		const saved = await updateParticipantRegistration(
			t.db,
			staff,
			{ dayId, participantId: invite.id, registration: { side: 'chancegiver', role: 'mentor', categories: ['legal'], availableSlots: [1, 0], maxMeetings: 2 }, language: 'fr' },
			'en'
		);
		expect(saved).toEqual({ id: invite.id, status: 'registered', appliesAtNextSolve: false });
		expect(await row(invite.id)).toMatchObject({ status: 'registered', role: 'mentor', categories: ['legal'], availableSlots: [0, 1], maxMeetings: 2 });
		const [person] = await t.db.select().from(people).where(eq(people.email, 'greet@example.be'));
		expect(person.locale).toBe('fr');
		const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.subjectId, invite.id), eq(auditLog.action, 'accelerationDay.registration')));
		expect(audit.actorLabel).not.toBe('public');
		expect(audit.before).toMatchObject({ status: 'invited', role: null, language: 'nl' });
		expect(audit.after).toMatchObject({ role: 'mentor', language: 'fr' });
	});

	it('after publication: the link is closed, staff may still change it (counts at the next solve); never on another day, nor by others, nor once the day is over', async () => {
		const { dayId, innovators } = await seedRegisteredDay(t.db, staff, { innovators: 2, chancegivers: 3 });
		await solveDay(t.db, staff, { dayId, timeLimitSeconds: 1 }, 'en');
		await publishDraft(t.db, staff, { dayId }, 'en');
		const token = (await row(innovators[0])).token;
		await expectAppError(saveRegistration(t.db, anonymous, { token, registration: { side: 'innovator', question: 'Late change' } }, 'en'), 'invalid_state');
		expect((await participantRegistrationForStaff(t.db, staff, { dayId, participantId: innovators[0] }, 'en')).timetablePublished).toBe(true);
		const saved = await updateParticipantRegistration(t.db, staff, { dayId, participantId: innovators[0], registration: { side: 'innovator', question: 'Legal form?', categories: ['legal'] } }, 'en');
		expect(saved.appliesAtNextSolve).toBe(true);
		expect(await row(innovators[0])).toMatchObject({ question: 'Legal form?', categories: ['legal'] });

		const otherDay = await seedDay(t.db, staff);
		await expectAppError(participantRegistrationForStaff(t.db, staff, { dayId: otherDay, participantId: innovators[0] }, 'en'), 'not_found');
		await expectAppError(updateParticipantRegistration(t.db, anonymous, { dayId, participantId: innovators[0], registration: { side: 'innovator', question: 'x' } }, 'en'), 'unauthenticated');
		await t.db.update(adDays).set({ status: 'done' }).where(eq(adDays.id, dayId));
		await expectAppError(updateParticipantRegistration(t.db, staff, { dayId, participantId: innovators[0], registration: { side: 'innovator', question: 'x' } }, 'en'), 'invalid_state');
	});

	it('answers PUT /api/v1/acceleration-days/{id}/participants/{pid} with field errors, and documents it', async () => {
		const dayId = await seedDay(t.db, staff);
		const invite = await registerParticipant(t.db, staff, { dayId, side: 'innovator', name: 'Ilse Case', email: 'ilse@example.be', sendLink: false });
		const path = `/api/v1/acceleration-days/${dayId}/participants/${invite.id}`;
		const params = { id: dayId, pid: invite.id };
		const empty = await callRoute(t.db, participantRoute.PUT, path, { actor: staff, params, body: { registration: { side: 'innovator', question: ' ' } } });
		expect(empty.status).toBe(422);
		expect(empty.json.error.details.fields['registration.question']).toBeDefined();
		const ok = await callRoute(t.db, participantRoute.PUT, path, { actor: staff, params, body: { registration: { side: 'innovator', question: 'Funding for a kitchen', themes: ['food'] }, language: 'en' } });
		expect(ok).toEqual({ status: 200, json: { id: invite.id, status: 'registered', appliesAtNextSolve: false } });
		expect((await callRoute(t.db, participantRoute.PUT, path, { params, body: { registration: { side: 'innovator', question: 'x' } } })).status).toBe(401);
		const doc = buildOpenApiDocument('http://localhost');
		expect(doc.paths['/api/v1/acceleration-days/{id}/participants/{pid}'].put).toBeDefined();
	});
});
