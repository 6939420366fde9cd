import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { people, timelineEvents } from '../../db/schema/people.ts';
import { engagements, initiatives } from '../../db/schema/intake.ts';
import { cohortAttendance } from '../../db/schema/cohorts.ts';
import { AppError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createCohort } from './create-cohort.ts';
import { addMember, setMemberStatus } from './members.ts';
import { addSession } from './sessions.ts';
import { checkInWithCode, markAttendance } from './attendance.ts';
import { listCohorts, readCohort, readMemberProgress } from './read-cohorts.ts';
import { cohortCertificate } from './certificate.ts';
import { cohortAttendanceCsv, cohortReport } from './cohort-report.ts';

let t: TestDb;
const cli = systemActor('cli');
const actorOf = (userId: string, role: UserActor['role'], email: string): UserActor => ({
	kind: 'user',
	userId,
	role,
	name: email,
	email,
	locale: 'nl',
	via: 'token'
});
let staff: UserActor;
let ines: UserActor;
let marc: UserActor;
let inesPerson: string;
let marcPerson: string;
let noraPerson: string;
let inesEngagement: string;

beforeAll(async () => {
	t = await createTestDb();
	const s = await createUser(t.db, cli, { email: 'staff@example.be', name: 'Staff', role: 'staff', password: 'correct horse battery' });
	const i = await createUser(t.db, cli, { email: 'ines@example.be', name: 'Ines', role: 'innovator', password: 'correct horse battery' });
	const m = await createUser(t.db, cli, { email: 'marc@example.be', name: 'Marc', role: 'member', password: 'correct horse battery' });
	staff = actorOf(s.id, 'staff', 'staff@example.be');
	ines = actorOf(i.id, 'innovator', 'ines@example.be');
	marc = actorOf(m.id, 'member', 'marc@example.be');
	const rows = await t.db
		.insert(people)
		.values([
			{ displayName: 'Ines Innovator', email: 'ines-p@example.be', userId: i.id, roles: ['innovator'], locale: 'fr', region: 'brussels' },
			{ displayName: 'Marc Member', email: 'marc-p@example.be', userId: m.id, roles: ['member'], region: 'flanders' },
			{ displayName: 'Nora Noaccount', email: 'nora@example.be', roles: ['innovator'] }
		])
		.returning();
	[inesPerson, marcPerson, noraPerson] = rows.map((r) => r.id);
	const [initiative] = await t.db.insert(initiatives).values({ title: 'Sport for all', stage: 'idea' }).returning();
	const [engagement] = await t.db
		.insert(engagements)
		.values({ personId: inesPerson, initiativeId: initiative.id, state: 'active', source: 'staff' })
		.returning();
	inesEngagement = engagement.id;
});
afterAll(async () => {
	await t?.close();
});

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

describe('cohorts', () => {
	it('runs a cohort: members, sessions, ticks, self check-in, progress, certificate, report', async () => {
		const now = new Date('2030-07-01T12:00:00Z');
		const cohort = await createCohort(t.db, staff, { name: 'Start-up club 2030', kind: 'startup_club', year: 2030 });
		expect((await listCohorts(t.db, staff)).map((c) => c.name)).toContain('Start-up club 2030');

		const ines1 = await addMember(t.db, staff, cohort.id, { personId: inesPerson });
		expect(ines1.engagementId).toBe(inesEngagement);
		const marc1 = await addMember(t.db, staff, cohort.id, { personId: marcPerson });
		expect(marc1.engagementId).toBeNull();
		const nora1 = await addMember(t.db, staff, cohort.id, { personId: noraPerson });
		await expectCode(addMember(t.db, staff, cohort.id, { personId: marcPerson }), 'conflict');

		const joined = await t.db
			.select()
			.from(timelineEvents)
			.where(and(eq(timelineEvents.personId, inesPerson), eq(timelineEvents.kind, 'cohort.joined')));
		expect(joined).toHaveLength(1);
		expect(joined[0].params).toEqual({ name: 'Start-up club 2030' });

		const s1 = await addSession(t.db, staff, cohort.id, { kind: 'workshop_pitching', title: 'Pitching', startsAt: '2030-06-01T09:00:00+02:00' });
		const s2 = await addSession(t.db, staff, cohort.id, { kind: 'masterclass', title: 'Impact', startsAt: '2030-06-08T09:00:00+02:00' });
		const s3 = await addSession(t.db, staff, cohort.id, { kind: 'safari', title: 'Safari', startsAt: '2030-06-15T09:00:00+02:00' });
		expect(s1.checkInCode).toMatch(/^[A-Z2-9]{6}$/);

		for (const s of [s1, s2, s3]) {
			await markAttendance(t.db, staff, cohort.id, s.id, { memberId: ines1.id, present: true }, 'nl', now);
		}
		await markAttendance(t.db, staff, cohort.id, s1.id, { memberId: nora1.id, present: 'true' }, 'nl', now);
		await markAttendance(t.db, staff, cohort.id, s2.id, { memberId: nora1.id, present: false }, 'nl', now);

		// Marc checks in himself with the code (lower-case, spaced), only as himself.
		const code = s1.checkInCode.toLowerCase().replace(/^(...)/, '$1 ');
		const checked = await checkInWithCode(t.db, marc, { code }, 'nl', now);
		expect(checked).toMatchObject({ memberId: marc1.id, present: true, how: 'self' });
		await expectCode(checkInWithCode(t.db, marc, { code: s2.checkInCode, memberId: nora1.id }, 'nl', now), 'forbidden');
		await expectCode(checkInWithCode(t.db, marc, { code: 'ZZZZZZ' }, 'nl', now), 'not_found');
		// A member cannot tick attendance as staff does.
		await expectCode(markAttendance(t.db, marc, cohort.id, s2.id, { memberId: marc1.id, present: true }), 'forbidden');
		const marcRows = await t.db.select().from(cohortAttendance).where(eq(cohortAttendance.memberId, marc1.id));
		expect(marcRows.map((r) => [r.sessionId, r.how])).toEqual([[s1.id, 'self']]);

		// Non-staff cannot read cohorts, nor another member's progress.
		await expectCode(readCohort(t.db, marc, cohort.id), 'forbidden');
		await expectCode(listCohorts(t.db, ines), 'forbidden');
		await expectCode(readMemberProgress(t.db, marc, cohort.id, ines1.id), 'forbidden');

		const mine = await readMemberProgress(t.db, marc, cohort.id, marc1.id, 'nl', now);
		expect(mine.progress).toMatchObject({ held: 3, attended: 1, done: false });
		const view = await readCohort(t.db, staff, cohort.id, 'nl', now);
		const inesView = view.members.find((m) => m.id === ines1.id)!;
		expect(inesView.progress).toMatchObject({ held: 3, attended: 3, required: 3, done: true });
		expect(inesView.progress.byKind).toEqual([
			{ kind: 'workshop_pitching', held: 1, attended: 1 },
			{ kind: 'masterclass', held: 1, attended: 1 },
			{ kind: 'safari', held: 1, attended: 1 }
		]);

		// Certificate: Ines (done, French), not yet for Marc; staff mark completes Marc.
		const pdf = await cohortCertificate(t.db, staff, cohort.id, ines1.id, 'nl', now);
		const text = Buffer.from(pdf.bytes).toString('latin1');
		expect(text.startsWith('%PDF-')).toBe(true);
		expect(text).toContain('Certificat');
		expect(text).toContain('Ines Innovator');
		await expectCode(cohortCertificate(t.db, marc, cohort.id, marc1.id, 'nl', now), 'invalid_state');
		await setMemberStatus(t.db, staff, cohort.id, marc1.id, { status: 'completed' }, 'nl', now);
		const marcPdf = await cohortCertificate(t.db, marc, cohort.id, marc1.id, 'nl', now);
		expect(Buffer.from(marcPdf.bytes).toString('latin1')).toContain('Marc Member');
		const completed = await t.db
			.select()
			.from(timelineEvents)
			.where(and(eq(timelineEvents.personId, marcPerson), eq(timelineEvents.kind, 'cohort.completed')));
		expect(completed).toHaveLength(1);

		const report = await cohortReport(t.db, staff, cohort.id, 'en', now);
		expect(report.sessions.map((s) => [s.title, s.present, s.of, s.rate])).toEqual([
			['Pitching', 3, 3, 100],
			['Impact', 1, 3, 33],
			['Safari', 1, 3, 33]
		]);
		expect(report.overall).toBe(56);
		expect(report.reach.regions).toEqual(
			expect.arrayContaining([
				{ key: 'brussels', n: 1 },
				{ key: 'flanders', n: 1 },
				{ key: '', n: 1 }
			])
		);
		await expectCode(cohortReport(t.db, marc, cohort.id), 'forbidden');
		const csv = await cohortAttendanceCsv(t.db, staff, cohort.id, 'en', now);
		const lines = csv.csv.trim().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines.find((l) => l.includes('Nora'))).toContain(';P;X;;1/3;33%');
	});

	it('refuses bad input next to the field', async () => {
		const cohort = await createCohort(t.db, staff, { name: 'Scalers', kind: 'scalers_club', year: 2031 });
		await expect(addSession(t.db, staff, cohort.id, { kind: 'masterclass', title: '', startsAt: 'no' })).rejects.toSatisfy(
			(e) => e instanceof AppError && e.code === 'validation_failed'
		);
		await expectCode(createCohort(t.db, marc, { name: 'X', kind: 'startup_club', year: 2030 }), 'forbidden');
		await expectCode(readCohort(t.db, staff, '00000000-0000-4000-8000-000000000000'), 'not_found');
	});
	it("links a member's unlinked directory record by the account's e-mail at the first check-in", async () => {
		const cohort = await createCohort(t.db, staff, { name: 'Sport track', kind: 'thematic_track', year: 2030, theme: 'sport' });
		const [lina] = await t.db.insert(people).values({ displayName: 'Lina Link', email: 'lina@example.be' }).returning();
		const member = await addMember(t.db, staff, cohort.id, { personId: lina.id });
		const session = await addSession(t.db, staff, cohort.id, { kind: 'peer_session', title: 'Peers', startsAt: '2030-06-01T09:00' });
		const u = await createUser(t.db, cli, { email: 'LINA@example.be', name: 'Lina', role: 'member', password: 'correct horse battery' });
		const lina1 = actorOf(u.id, 'member', 'LINA@example.be');
		await expectCode(checkInWithCode(t.db, marc, { code: session.checkInCode }), 'forbidden');
		const done = await checkInWithCode(t.db, lina1, { code: session.checkInCode });
		expect(done.memberId).toBe(member.id);
		const [linked] = await t.db.select().from(people).where(eq(people.id, lina.id));
		expect(linked.userId).toBe(u.id);
		expect((await readMemberProgress(t.db, lina1, cohort.id, member.id, 'nl', new Date('2030-07-01T00:00:00Z'))).progress.attended).toBe(1);
	});
});
