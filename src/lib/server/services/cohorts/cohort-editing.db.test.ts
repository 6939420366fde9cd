/**
 * Decision 076, editing: version-checked edits of cohorts and sessions, deletes that need a
 * confirmation when attendance or members would be lost, e-mails to members (in their
 * language, with an .ics) and staff's message to all members; audit entries throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { people } from '../../db/schema/people.ts';
import { auditLog, outbox } from '../../db/schema/core.ts';
import { cohortSessions, cohorts } from '../../db/schema/cohorts.ts';
import { AppError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createCohort } from './create-cohort.ts';
import { addMember, setMemberStatus } from './members.ts';
import { addSession } from './sessions.ts';
import { markAttendance } from './attendance.ts';
import { deleteCohort, updateCohort } from './edit-cohorts.ts';
import { deleteSession, updateSession } from './edit-sessions.ts';
import { messageMembers } from './member-mail.ts';

let t: TestDb;
let staff: UserActor;
let member: UserActor;
const person: Record<string, string> = {};
const now = new Date('2032-03-01T12:00:00Z');

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

beforeAll(async () => {
	t = await createTestDb();
	const s = await createUser(t.db, systemActor('cli'), { email: 'staff-e@example.be', name: 'Staff', role: 'staff', password: 'correct horse battery' });
	const m = await createUser(t.db, systemActor('cli'), { email: 'member-e@example.be', name: 'Member', role: 'member', password: 'correct horse battery' });
	staff = { kind: 'user', userId: s.id, role: 'staff', name: 'Staff', email: 'staff-e@example.be', locale: 'nl', via: 'token' };
	member = { kind: 'user', userId: m.id, role: 'member', name: 'Member', email: 'member-e@example.be', locale: 'nl', via: 'token' };
	const rows = await t.db
		.insert(people)
		.values([
			{ displayName: 'Nele Nl', email: 'nele@example.be', locale: 'nl' },
			{ displayName: 'Fanny Fr', email: 'fanny@example.be', locale: 'fr' },
			{ displayName: 'Emma En', email: 'emma@example.be', locale: 'en' },
			{ displayName: 'Noah Nomail', locale: 'nl' },
			{ displayName: 'Dora Dropped', email: 'dora@example.be', locale: 'nl' }
		])
		.returning();
	for (const r of rows) person[r.displayName.split(' ')[0]] = r.id;
});
afterAll(async () => {
	await t?.close();
});

async function cohortWithMembers(name: string) {
	const cohort = await createCohort(t.db, staff, { name, kind: 'startup_club', year: 2032 });
	const members: Record<string, string> = {};
	for (const who of ['Nele', 'Fanny', 'Emma', 'Noah', 'Dora']) members[who] = (await addMember(t.db, staff, cohort.id, { personId: person[who] })).id;
	await setMemberStatus(t.db, staff, cohort.id, members.Dora, { status: 'dropped' });
	return { cohort, members };
}

const mailsOf = (kind: string, subjectPart: string) =>
	t.db.select().from(outbox).where(and(eq(outbox.kind, kind), like(outbox.subject, `%${subjectPart}%`)));

describe('sessions: e-mails when added or moved', () => {
	it('mails the members (not dropped, with an address) in their language with an .ics, only for sessions ahead', async () => {
		const { cohort } = await cohortWithMembers('Mail club');
		const past = await addSession(t.db, staff, cohort.id, { kind: 'masterclass', title: 'Held already', startsAt: '2032-02-01T09:00:00+01:00' }, 'nl', now);
		expect(await mailsOf('cohort.session_added', 'Held already')).toEqual([]);

		const s = await addSession(t.db, staff, cohort.id, { kind: 'safari', title: 'Safari Gent', startsAt: '2032-04-01T09:00:00+02:00', place: 'Gent' }, 'nl', now);
		const added = await mailsOf('cohort.session_added', 'Safari Gent');
		expect(added.map((m) => m.to).sort()).toEqual(['emma@example.be', 'fanny@example.be', 'nele@example.be']);
		expect(added.find((m) => m.to === 'nele@example.be')!.subject).toBe('Nieuwe sessie in Mail club: Safari Gent');
		expect(added.find((m) => m.to === 'fanny@example.be')!.subject).toBe('Nouvelle session dans Mail club : Safari Gent');
		expect(added.find((m) => m.to === 'emma@example.be')!.text).toContain('Where: Gent');
		const [ics] = added[0].attachments as { filename: string; content: string }[];
		const icsText = Buffer.from(ics.content, 'base64').toString();
		expect(ics.filename).toBe('session.ics');
		expect(icsText).toContain(`UID:cohort-session-${s.id}@sif`);
		expect(icsText).toContain('DTSTART:20320401T070000Z');

		// Title only: no e-mail. Place: an e-mail with SEQUENCE raised. Stale version: refused.
		const renamed = await updateSession(t.db, staff, cohort.id, s.id, { ...s, title: 'Safari Gent!', version: s.version }, 'nl', now);
		expect(renamed.mailed).toBe(0);
		expect(await mailsOf('cohort.session_changed', 'Safari')).toEqual([]);
		const moved = await updateSession(t.db, staff, cohort.id, s.id, { ...renamed, place: 'Antwerpen', version: renamed.version }, 'nl', now);
		expect(moved.mailed).toBe(3);
		const changed = await mailsOf('cohort.session_changed', 'Safari Gent!');
		expect(changed.map((m) => m.to).sort()).toEqual(['emma@example.be', 'fanny@example.be', 'nele@example.be']);
		expect(changed.find((m) => m.to === 'fanny@example.be')!.text).toContain('Où : Antwerpen');
		const changedIcs = Buffer.from((changed[0].attachments as { content: string }[])[0].content, 'base64').toString();
		expect(changedIcs).toContain('SEQUENCE:3');
		expect(changedIcs).toContain('LOCATION:Antwerpen');
		await expectCode(updateSession(t.db, staff, cohort.id, s.id, { ...s, place: 'Brugge', version: s.version }, 'nl', now), 'version_conflict');
		// Moving a session that was held (and stays in the past) mails nobody.
		const pastMoved = await updateSession(t.db, staff, cohort.id, past.id, { ...past, place: 'Leuven', version: past.version }, 'nl', now);
		expect(pastMoved.mailed).toBe(0);

		// Field errors as for adding; non-staff refused.
		await expect(updateSession(t.db, staff, cohort.id, s.id, { ...moved, endsAt: '2032-04-01T08:00:00+02:00', version: moved.version }, 'nl', now)).rejects.toSatisfy(
			(e) => e instanceof AppError && e.code === 'validation_failed' && JSON.stringify(e.details).includes('endsAt')
		);
		await expectCode(updateSession(t.db, member, cohort.id, s.id, { ...moved, version: moved.version }, 'nl', now), 'forbidden');
		const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'cohort.session_update'), eq(auditLog.subjectId, s.id)));
		expect(audit).toHaveLength(2);
	});
});

describe('deleting', () => {
	it('asks for a confirmation before a session with attendance goes, and tells members of one still ahead', async () => {
		const { cohort, members } = await cohortWithMembers('Delete club');
		const held = await addSession(t.db, staff, cohort.id, { kind: 'peer_session', title: 'Peer one', startsAt: '2032-02-10T09:00:00+01:00' }, 'nl', now);
		await markAttendance(t.db, staff, cohort.id, held.id, { memberId: members.Nele, present: true }, 'nl', now);
		await expect(deleteSession(t.db, staff, cohort.id, held.id, {}, 'en', now)).rejects.toSatisfy(
			(e) => e instanceof AppError && e.code === 'conflict' && e.message === 'Session Peer one has 1 attendance marks; confirm the deletion.'
		);
		expect(await deleteSession(t.db, staff, cohort.id, held.id, { confirm: 'true' }, 'nl', now)).toMatchObject({ deleted: true, lost: { attendance: 1 } });
		expect(await t.db.select().from(cohortSessions).where(eq(cohortSessions.id, held.id))).toEqual([]);

		const ahead = await addSession(t.db, staff, cohort.id, { kind: 'masterclass', title: 'Future class', startsAt: '2032-05-10T09:00:00+02:00' }, 'nl', now);
		await deleteSession(t.db, staff, cohort.id, ahead.id, {}, 'nl', now);
		const cancelled = await mailsOf('cohort.session_cancelled', 'Future class');
		expect(cancelled.map((m) => m.to).sort()).toEqual(['emma@example.be', 'fanny@example.be', 'nele@example.be']);
		expect(Buffer.from((cancelled[0].attachments as { content: string }[])[0].content, 'base64').toString()).toContain('METHOD:CANCEL');
		await expectCode(deleteSession(t.db, member, cohort.id, ahead.id, { confirm: true }, 'nl', now), 'forbidden');
	});

	it('edits a cohort with the version read and deletes it only when confirmed once it has members', async () => {
		const { cohort } = await cohortWithMembers('Edit club');
		const edited = await updateCohort(t.db, staff, cohort.id, { name: 'Edit club 2', kind: 'scalers_club', year: 2033, requiredSessions: 3, version: cohort.version });
		expect(edited).toMatchObject({ name: 'Edit club 2', kind: 'scalers_club', year: 2033, requiredSessions: 3, version: 2 });
		await expectCode(updateCohort(t.db, staff, cohort.id, { name: 'Stale', kind: 'startup_club', year: 2032, version: cohort.version }), 'version_conflict');
		await expectCode(updateCohort(t.db, staff, cohort.id, { name: '', kind: 'startup_club', year: 2032, version: 2 }), 'validation_failed');
		await expectCode(updateCohort(t.db, member, cohort.id, { name: 'X', kind: 'startup_club', year: 2032, version: 2 }), 'forbidden');

		await expectCode(deleteCohort(t.db, staff, cohort.id, {}), 'conflict');
		const gone = await deleteCohort(t.db, staff, cohort.id, { confirm: true });
		expect(gone.lost).toEqual({ members: 5, sessions: 0, attendance: 0 });
		expect(await t.db.select().from(cohorts).where(eq(cohorts.id, cohort.id))).toEqual([]);
		const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'cohort.delete'), eq(auditLog.subjectId, cohort.id)));
		expect(audit).toHaveLength(1);
		const empty = await createCohort(t.db, staff, { name: 'Empty', kind: 'startup_club', year: 2032 });
		expect((await deleteCohort(t.db, staff, empty.id, {})).deleted).toBe(true);
	});
});

describe('a message to all members', () => {
	it('goes to every member with an address (not the dropped ones) and names those without one', async () => {
		const { cohort } = await cohortWithMembers('Message club');
		const result = await messageMembers(t.db, staff, cohort.id, { subject: 'Bring your pitch', body: 'See you Monday.' });
		expect(result).toEqual({ sent: 3, withoutEmail: ['Noah Nomail'] });
		const mails = await mailsOf('cohort.message', 'Bring your pitch');
		expect(mails.map((m) => m.to).sort()).toEqual(['emma@example.be', 'fanny@example.be', 'nele@example.be']);
		expect(mails[0].subject).toBe('Message club: Bring your pitch');
		expect(mails.find((m) => m.to === 'fanny@example.be')!.text).toContain('membre de Message club');
		await expectCode(messageMembers(t.db, staff, cohort.id, { subject: '', body: 'x' }), 'validation_failed');
		await expectCode(messageMembers(t.db, member, cohort.id, { subject: 'x', body: 'x' }), 'forbidden');
	});
});
