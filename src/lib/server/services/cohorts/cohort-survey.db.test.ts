/** The cohort survey (decision 079): send, answer once through the link, report, programme aggregate. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { cohortSurveyResponses } from '../../db/schema/cohort-surveys.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createProgramme } from '../programmes/manage-programmes.ts';
import { programmeReport, programmeReportCsv } from '../programmes/programme-report.ts';
import { createCohort } from './create-cohort.ts';
import { addMember, setMemberStatus } from './members.ts';
import { addSession } from './sessions.ts';
import { cohortAttendanceCsv, cohortReport } from './cohort-report.ts';
import { answerCohortSurvey, readCohortSurvey, sendCohortSurvey } from './cohort-survey.ts';

let t: TestDb;
let staff: UserActor;
let member: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	const cli = systemActor('cli');
	const s = await createUser(t.db, cli, { email: 'staff-survey@example.be', name: 'Staff', role: 'staff', password: 'correct horse battery' });
	const m = await createUser(t.db, cli, { email: 'member-survey@example.be', name: 'Member', role: 'member', password: 'correct horse battery' });
	staff = { kind: 'user', userId: s.id, role: 'staff', name: 'Staff', email: 'staff-survey@example.be', locale: 'nl', via: 'token' };
	member = { kind: 'user', userId: m.id, role: 'member', name: 'Member', email: 'member-survey@example.be', locale: 'nl', via: 'token' };
});
afterAll(async () => {
	await t?.close();
});

/** The token in the link of the survey e-mail sent to an address. */
async function linkTokenOf(email: string): Promise<string> {
	const mails = await t.db.select().from(outbox).where(and(eq(outbox.to, email), eq(outbox.kind, 'cohort.survey')));
	expect(mails).toHaveLength(1);
	const match = /\/cohort-survey\/(cs_[a-z0-9]+)/.exec(mails[0].text);
	expect(match).not.toBeNull();
	return match![1];
}

async function cohortWithMembers(name: string, programmeId: string | undefined, rows: { displayName: string; email: string | null; locale?: string }[]) {
	const cohort = await createCohort(t.db, staff, { name, kind: 'startup_club', year: 2032, programmeId });
	const inserted = await t.db.insert(people).values(rows.map((r) => ({ ...r, locale: r.locale ?? 'nl' }))).returning();
	const members = [];
	for (const p of inserted) members.push(await addMember(t.db, staff, cohort.id, { personId: p.id }));
	const pitch = await addSession(t.db, staff, cohort.id, { kind: 'workshop_pitching', title: `Pitching ${name}`, startsAt: '2031-02-01T10:00:00+01:00' });
	const safari = await addSession(t.db, staff, cohort.id, { kind: 'safari', title: `Safari ${name}`, startsAt: '2031-03-01T10:00:00+01:00' });
	return { cohort, members, pitch, safari };
}

describe('the cohort survey', () => {
	it('sends personal links in each language, stores one answer per member, reports and aggregates', async () => {
		const { id: programmeId } = await createProgramme(t.db, staff, { name: 'Survey club', kind: 'startup_club' });
		const a = await cohortWithMembers('Survey A', programmeId, [
			{ displayName: 'Ann', email: 'ann-s@example.be' },
			{ displayName: 'Fleur', email: 'fleur-s@example.be', locale: 'fr' },
			{ displayName: 'Nomail', email: null },
			{ displayName: 'Dropped', email: 'dropped-s@example.be' }
		]);
		await setMemberStatus(t.db, staff, a.cohort.id, a.members[3].id, { status: 'dropped' });

		// Only staff send; members not dropped with an address get a link in their language.
		await expect(sendCohortSurvey(t.db, member, a.cohort.id)).rejects.toBeInstanceOf(AppError);
		const sent = await sendCohortSurvey(t.db, staff, a.cohort.id, 'en');
		expect(sent).toEqual({ sent: 2, alreadyInvited: 0, withoutEmail: ['Nomail'] });
		const [fr] = await t.db.select().from(outbox).where(and(eq(outbox.to, 'fleur-s@example.be'), eq(outbox.kind, 'cohort.survey')));
		expect(fr.subject).toContain('Comment s’est passé Survey A');
		expect(await t.db.select().from(outbox).where(and(eq(outbox.to, 'dropped-s@example.be'), eq(outbox.kind, 'cohort.survey')))).toHaveLength(0);
		// Sending again reaches nobody new.
		expect(await sendCohortSurvey(t.db, staff, a.cohort.id, 'en')).toEqual({ sent: 0, alreadyInvited: 2, withoutEmail: ['Nomail'] });
		const annToken = await linkTokenOf('ann-s@example.be');
		const fleurToken = await linkTokenOf('fleur-s@example.be');
		// Only the hash is stored.
		expect((await t.db.select().from(cohortSurveyResponses)).some((r) => r.tokenHash === annToken)).toBe(false);

		const opened = await readCohortSurvey(t.db, annToken, 'en', new Date('2031-06-01T00:00:00Z'));
		expect(opened.name).toBe('Ann');
		expect(opened.sessions.map((s) => s.title)).toEqual(['Pitching Survey A', 'Safari Survey A']);
		expect(opened.answer).toBeNull();
		await expect(readCohortSurvey(t.db, 'cs_wrong', 'en')).rejects.toMatchObject({ code: 'not_found' });

		// Bad input: messages by the field.
		try {
			await answerCohortSurvey(t.db, annToken, { rating: '9', wouldRecommend: '', helpfulSessionIds: [] }, 'en');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ValidationError);
			expect((error as ValidationError).fieldErrors.rating).toEqual(['Choose a rating from 1 to 5.']);
			expect((error as ValidationError).fieldErrors.wouldRecommend).toEqual(['Choose yes or no.']);
		}
		const other = await cohortWithMembers('Survey B', programmeId, [{ displayName: 'Bert', email: 'bert-s@example.be' }]);
		await expect(
			answerCohortSurvey(t.db, annToken, { rating: 4, wouldRecommend: 'yes', helpfulSessionIds: [other.pitch.id] }, 'en')
		).rejects.toMatchObject({ fieldErrors: { helpfulSessionIds: ['Choose only sessions of this cohort.'] } });

		// One answer per member: answering again replaces it.
		expect(await answerCohortSurvey(t.db, annToken, { rating: 2, wouldRecommend: 'no', helpfulSessionIds: [a.pitch.id], comment: 'first try' }, 'en')).toEqual({ ok: true, updated: false });
		expect(
			await answerCohortSurvey(t.db, annToken, { rating: 5, wouldRecommend: 'yes', helpfulSessionIds: [a.pitch.id, a.safari.id], comment: 'The safari was great' }, 'en')
		).toEqual({ ok: true, updated: true });
		await answerCohortSurvey(t.db, fleurToken, { rating: 4, wouldRecommend: true, helpfulSessionIds: [a.pitch.id], comment: '  ' }, 'fr');
		const again = await readCohortSurvey(t.db, annToken, 'en');
		expect(again.answer).toMatchObject({ rating: 5, wouldRecommend: true, comment: 'The safari was great' });
		expect(await t.db.select().from(cohortSurveyResponses).where(eq(cohortSurveyResponses.cohortId, a.cohort.id))).toHaveLength(2);

		const report = await cohortReport(t.db, staff, a.cohort.id, 'en');
		expect(report.survey).toMatchObject({ invited: 2, responses: 2, average: 4.5, recommendYes: 2, recommendNo: 0, comments: ['The safari was great'] });
		expect(report.survey.ratings).toEqual([1, 2, 3, 4, 5].map((n) => ({ rating: n, n: n >= 4 ? 1 : 0 })));
		expect(report.survey.helpfulSessions.map((s) => [s.title, s.n])).toEqual([
			['Pitching Survey A', 2],
			['Safari Survey A', 1]
		]);
		const csv = (await cohortAttendanceCsv(t.db, staff, a.cohort.id, 'en')).csv;
		expect(csv).toContain('Survey: Overall rating (1 = poor, 5 = excellent)');
		expect(csv.split('\r\n').find((l) => l.startsWith('Ann;'))).toMatch(/;5;Yes;The safari was great$/);

		// A dropped member's link stops working.
		await setMemberStatus(t.db, staff, a.cohort.id, a.members[1].id, { status: 'dropped' });
		await expect(readCohortSurvey(t.db, fleurToken, 'en')).rejects.toMatchObject({ code: 'not_found' });

		// The programme report adds up its cohorts' surveys.
		await sendCohortSurvey(t.db, staff, other.cohort.id, 'en');
		await answerCohortSurvey(t.db, await linkTokenOf('bert-s@example.be'), { rating: 3, wouldRecommend: 'no', comment: 'More peer sessions' }, 'en');
		const programme = await programmeReport(t.db, staff, programmeId, 'en');
		expect(programme.survey).toMatchObject({ invited: 3, responses: 3, average: 4, recommendYes: 2, recommendNo: 1 });
		expect(programme.survey.comments).toEqual(
			expect.arrayContaining([
				{ cohort: 'Survey A', text: 'The safari was great' },
				{ cohort: 'Survey B', text: 'More peer sessions' }
			])
		);
		expect(programme.cohorts.map((c) => [c.name, c.surveyResponses, c.surveyAverage])).toEqual([
			['Survey A', 2, 4.5],
			['Survey B', 1, 3]
		]);
		const programmeCsv = programmeReportCsv(programme, 'en');
		expect(programmeCsv).toContain('Survey;All cohorts;Average rating;4.0');
		expect(programmeCsv).toContain('Survey;Survey B;Comment;More peer sessions');
	});
});
