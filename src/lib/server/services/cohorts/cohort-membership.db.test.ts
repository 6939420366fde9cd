/**
 * Decision 076, membership: the programme foreign key, accepted applicants into a cohort
 * (new or existing, idempotent, nobody skipped), engagement and peer balance on the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { people } from '../../db/schema/people.ts';
import { engagements, initiatives } from '../../db/schema/intake.ts';
import { cohortMembers, cohorts } from '../../db/schema/cohorts.ts';
import { programmeApplications, programmeCalls, programmes } from '../../db/schema/programmes.ts';
import { ledgerAccounts, ledgerEntries } from '../../db/schema/peer-ledger.ts';
import { AppError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createCohort } from './create-cohort.ts';
import { addMember, linkMemberEngagement } from './members.ts';
import { admitAccepted, callsWithAccepted } from './admit-accepted.ts';
import { readCohort } from './read-cohorts.ts';

let t: TestDb;
const cli = systemActor('cli');
let staff: UserActor;
let member: UserActor;
let programmeId: string;
let otherProgrammeId: string;
let callId: string;
const ids: Record<string, string> = {};

async function account(email: string, name: string, role: UserActor['role'], locale: 'nl' | 'fr' | 'en' = 'nl'): Promise<UserActor> {
	const user = await createUser(t.db, cli, { email, name, role, password: 'correct horse battery', locale });
	return { kind: 'user', userId: user.id, role, name, email, locale: 'nl', via: 'token' };
}

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

beforeAll(async () => {
	t = await createTestDb();
	staff = await account('staff-m@example.be', 'Staff', 'staff');
	member = await account('member-m@example.be', 'Member', 'member');
	// Four applicants: one with a directory record named on the application (and an open
	// engagement), one whose record has the account's e-mail but no link, one with no record
	// at all (French account), and one who was rejected.
	const anna = await account('anna@example.be', 'Anna Applicant', 'innovator');
	const bram = await account('bram@example.be', 'Bram Applicant', 'innovator');
	const chloe = await account('chloe@example.be', 'Chloé Applicant', 'innovator', 'fr');
	const dirk = await account('dirk@example.be', 'Dirk Rejected', 'innovator');
	const [annaP, bramP] = await t.db
		.insert(people)
		.values([
			{ displayName: 'Anna Applicant', email: 'anna@example.be', userId: anna.userId },
			{ displayName: 'Bram Applicant', email: 'bram@example.be' }
		])
		.returning();
	ids.annaPerson = annaP.id;
	ids.bramPerson = bramP.id;
	ids.chloeUser = chloe.userId;
	const [initiative] = await t.db.insert(initiatives).values({ title: 'Sport in the city', stage: 'idea' }).returning();
	const [engagement] = await t.db.insert(engagements).values({ personId: annaP.id, initiativeId: initiative.id, state: 'active', source: 'staff' }).returning();
	ids.annaEngagement = engagement.id;
	ids.initiative = initiative.id;
	const [p, other] = await t.db
		.insert(programmes)
		.values([
			{ name: 'Scalers club', kind: 'scalers_club' },
			{ name: 'Start-up club', kind: 'startup_club' }
		])
		.returning();
	programmeId = p.id;
	otherProgrammeId = other.id;
	const [call] = await t.db
		.insert(programmeCalls)
		.values({ programmeId, title: 'Call 2031', opensAt: new Date('2031-01-01T00:00:00Z'), closesAt: new Date('2031-02-01T00:00:00Z') })
		.returning();
	callId = call.id;
	const submitted = (n: number) => new Date(Date.UTC(2031, 0, 10 + n));
	await t.db.insert(programmeApplications).values([
		{ callId, applicantUserId: anna.userId, personId: annaP.id, status: 'accepted', submittedAt: submitted(1) },
		{ callId, applicantUserId: bram.userId, status: 'accepted', submittedAt: submitted(2) },
		{ callId, applicantUserId: chloe.userId, status: 'accepted', submittedAt: submitted(3) },
		{ callId, applicantUserId: dirk.userId, status: 'rejected', submittedAt: submitted(4) }
	]);
});
afterAll(async () => {
	await t?.close();
});

describe('the programme of a cohort', () => {
	it('must exist: a message by the field, and deleting the programme leaves the cohort without one', async () => {
		await expect(createCohort(t.db, staff, { name: 'Ghost', kind: 'startup_club', year: 2031, programmeId: '00000000-0000-4000-8000-000000000000' })).rejects.toSatisfy(
			(e) => e instanceof AppError && e.code === 'validation_failed' && JSON.stringify(e.details).includes('programmeId')
		);
		const [gone] = await t.db.insert(programmes).values({ name: 'Gone soon', kind: 'thematic_track' }).returning();
		const cohort = await createCohort(t.db, staff, { name: 'Track', kind: 'thematic_track', year: 2031, programmeId: gone.id });
		expect(cohort.programmeId).toBe(gone.id);
		await t.db.delete(programmes).where(eq(programmes.id, gone.id));
		const [after] = await t.db.select().from(cohorts).where(eq(cohorts.id, cohort.id));
		expect(after.programmeId).toBeNull();
	});
});

describe('migration 0016', () => {
	it('nulls programme ids that name no programme before adding the key', async () => {
		// The state before 0016: no key, and a cohort pointing at a programme that is not there.
		await t.db.execute(sql.raw('ALTER TABLE "cohorts" DROP CONSTRAINT "cohorts_programme_id_programmes_id_fk"'));
		const [orphan] = await t.db
			.insert(cohorts)
			.values({ name: 'Orphan', kind: 'startup_club', year: 2020, programmeId: '00000000-0000-4000-8000-000000000001' })
			.returning();
		const [kept] = await t.db.insert(cohorts).values({ name: 'Kept', kind: 'scalers_club', year: 2020, programmeId }).returning();
		const statements = readFileSync('drizzle/0016_cohort_programme_fk.sql', 'utf8')
			.split('--> statement-breakpoint')
			.map((s) => s.replace(/^--.*$/gm, '').trim())
			.filter((s) => /^(UPDATE|ALTER TABLE "cohorts" ADD CONSTRAINT)/.test(s));
		expect(statements).toHaveLength(2);
		for (const statement of statements) await t.db.execute(sql.raw(statement));
		const rows = await t.db.select().from(cohorts);
		expect(rows.find((r) => r.id === orphan.id)!.programmeId).toBeNull();
		expect(rows.find((r) => r.id === kept.id)!.programmeId).toBe(programmeId);
		await expect(
			t.db.insert(cohorts).values({ name: 'Refused', kind: 'startup_club', year: 2020, programmeId: '00000000-0000-4000-8000-000000000002' })
		).rejects.toThrow();
		await t.db.delete(cohorts).where(eq(cohorts.id, orphan.id));
		await t.db.delete(cohorts).where(eq(cohorts.id, kept.id));
	});
});

describe('accepted applicants into a cohort', () => {
	it('creates a cohort from a call, adds every accepted applicant once, and reports who already was a member', async () => {
		expect((await callsWithAccepted(t.db, staff)).find((c) => c.id === callId)).toMatchObject({ accepted: 3, programmeId });
		const first = await admitAccepted(t.db, staff, callId, { name: 'Scalers 2031', year: 2031 });
		expect(first.createdCohort).toBe(true);
		expect(first.added.map((a) => a.displayName)).toEqual(['Anna Applicant', 'Bram Applicant', 'Chloé Applicant']);
		expect(first.alreadyMembers).toEqual([]);
		const [cohort] = await t.db.select().from(cohorts).where(eq(cohorts.id, first.cohortId));
		expect(cohort).toMatchObject({ programmeId, kind: 'scalers_club', year: 2031 });

		const anna = first.added[0];
		expect(anna).toMatchObject({ personId: ids.annaPerson, engagementId: ids.annaEngagement, createdPerson: false });
		// Bram's unlinked record with his account's e-mail is used and linked to his account.
		const bram = first.added[1];
		expect(bram).toMatchObject({ personId: ids.bramPerson, createdPerson: false, engagementId: null });
		const [bramP] = await t.db.select().from(people).where(eq(people.id, ids.bramPerson));
		expect(bramP.userId).not.toBeNull();
		// Chloé had no record: one is made from her account, in her language.
		const chloe = first.added[2];
		expect(chloe.createdPerson).toBe(true);
		const [chloeP] = await t.db.select().from(people).where(eq(people.id, chloe.personId));
		expect(chloeP).toMatchObject({ email: 'chloe@example.be', locale: 'fr', userId: ids.chloeUser });
		const [chloeApp] = await t.db.select().from(programmeApplications).where(eq(programmeApplications.applicantUserId, ids.chloeUser));
		expect(chloeApp.personId).toBe(chloe.personId);

		// Again, into the same (now existing) cohort: nobody added twice, all three reported.
		const again = await admitAccepted(t.db, staff, callId, { cohortId: first.cohortId });
		expect(again.createdCohort).toBe(false);
		expect(again.added).toEqual([]);
		expect(again.alreadyMembers.map((a) => a.memberId).sort()).toEqual(first.added.map((a) => a.memberId).sort());
		const rows = await t.db.select().from(cohortMembers).where(eq(cohortMembers.cohortId, first.cohortId));
		expect(rows).toHaveLength(3);
	});

	it('adds only the newcomers to an existing cohort and refuses a cohort of another programme', async () => {
		const cohort = await createCohort(t.db, staff, { name: 'Scalers B', kind: 'scalers_club', year: 2031, programmeId });
		await addMember(t.db, staff, cohort.id, { personId: ids.annaPerson });
		const result = await admitAccepted(t.db, staff, callId, { cohortId: cohort.id });
		expect(result.alreadyMembers.map((a) => a.displayName)).toEqual(['Anna Applicant']);
		expect(result.added.map((a) => a.displayName)).toEqual(['Bram Applicant', 'Chloé Applicant']);
		expect(result.added.every((a) => !a.createdPerson)).toBe(true);

		const foreign = await createCohort(t.db, staff, { name: 'Start-up A', kind: 'startup_club', year: 2031, programmeId: otherProgrammeId });
		await expectCode(admitAccepted(t.db, staff, callId, { cohortId: foreign.id }), 'validation_failed');
		const unlinked = await createCohort(t.db, staff, { name: 'No programme', kind: 'startup_club', year: 2031 });
		await expectCode(admitAccepted(t.db, staff, callId, { cohortId: unlinked.id }), 'validation_failed');
		expect(await t.db.select().from(cohortMembers).where(eq(cohortMembers.cohortId, foreign.id))).toEqual([]);
	});

	it('refuses a call without accepted applicants (rolling back the new cohort), bad input and non-staff', async () => {
		const [empty] = await t.db
			.insert(programmeCalls)
			.values({ programmeId, title: 'Empty call', opensAt: new Date('2031-03-01T00:00:00Z'), closesAt: new Date('2031-04-01T00:00:00Z') })
			.returning();
		const before = (await t.db.select().from(cohorts)).length;
		await expectCode(admitAccepted(t.db, staff, empty.id, { name: 'Nobody', year: 2031 }), 'invalid_state');
		expect((await t.db.select().from(cohorts)).length).toBe(before);
		await expectCode(admitAccepted(t.db, staff, callId, {}), 'validation_failed');
		await expectCode(admitAccepted(t.db, staff, 'not-a-call', { name: 'X', year: 2031 }), 'not_found');
		await expectCode(admitAccepted(t.db, member, callId, { name: 'X', year: 2031 }), 'forbidden');
	});
});

describe('the member row', () => {
	it('shows the engagement and the peer-network balance, and links an engagement opened later', async () => {
		const cohort = await createCohort(t.db, staff, { name: 'Rows', kind: 'scalers_club', year: 2031 });
		const anna = await addMember(t.db, staff, cohort.id, { personId: ids.annaPerson });
		const bram = await addMember(t.db, staff, cohort.id, { personId: ids.bramPerson });
		const [account] = await t.db.insert(ledgerAccounts).values({ personId: ids.annaPerson, kind: 'person' }).returning();
		await t.db.insert(ledgerEntries).values({ accountId: account.id, points: 5, kind: 'opening' });
		let view = await readCohort(t.db, staff, cohort.id);
		const annaRow = view.members.find((m) => m.id === anna.id)!;
		expect(annaRow.engagement).toEqual({ id: ids.annaEngagement, state: 'active' });
		expect(annaRow.peerBalance).toBe(5);
		const bramRow = view.members.find((m) => m.id === bram.id)!;
		expect(bramRow.engagement).toBeNull();
		expect(bramRow.peerBalance).toBe(0);

		await expectCode(linkMemberEngagement(t.db, staff, cohort.id, bram.id), 'conflict');
		const [opened] = await t.db.insert(engagements).values({ personId: ids.bramPerson, initiativeId: ids.initiative, state: 'intake_planned', source: 'staff' }).returning();
		const linked = await linkMemberEngagement(t.db, staff, cohort.id, bram.id);
		expect(linked.engagementId).toBe(opened.id);
		view = await readCohort(t.db, staff, cohort.id);
		expect(view.members.find((m) => m.id === bram.id)!.engagement).toEqual({ id: opened.id, state: 'intake_planned' });
		await expectCode(linkMemberEngagement(t.db, member, cohort.id, bram.id), 'forbidden');
	});
});
