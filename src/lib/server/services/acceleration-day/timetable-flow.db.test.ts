import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { adParticipants } from '../../db/schema/acceleration-day.ts';
import { anonymous, type UserActor } from '../../auth/actor.ts';
import { expectAppError, seedAdTaxonomy, seedRegisteredDay, seedStaff } from './ad-test-fixtures.ts';
import { preferenceSuggestions, savePreferences } from './preferences.ts';
import { solveDay } from './solve-day.ts';
import { editDraft, getPlanner, undoDraftEdit } from './planner.ts';
import { publishDraft, refillDay } from './publish.ts';
import { agendaByToken, agendaIcs, agendaPdf } from './agenda.ts';
import { checkInList, checkInParticipant, markNoShow } from './day-of.ts';
import { meetingsToRate, rateMeeting, ratingsOverview, sendOutcomeSurveys, answerOutcomeSurvey } from './ratings.ts';

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

const tokenOf = async (id: string) => (await t.db.select().from(adParticipants).where(eq(adParticipants.id, id)))[0].token;

describe('from registrations to a published timetable and the day itself', () => {
	it('suggests, solves with a must-meet, edits with undo, publishes to the changed people, refills and collects ratings', async () => {
		const { dayId, innovators, chancegivers } = await seedRegisteredDay(t.db, staff, { innovators: 3, chancegivers: 6 }, { seatsPerTable: 2, title: 'Flow day' });
		const innovatorToken = await tokenOf(innovators[0]);
		const { suggestions } = await preferenceSuggestions(t.db, anonymous, { token: innovatorToken }, 'en');
		expect(suggestions.length).toBe(6);
		expect(suggestions[0].score).toBeGreaterThanOrEqual(suggestions[5].score);
		expect(suggestions.some((s) => s.reasons.length > 0)).toBe(true);
		const giverView = await preferenceSuggestions(t.db, anonymous, { token: await tokenOf(chancegivers[0]) }, 'en');
		expect(giverView.suggestions.map((s) => s.id).sort()).toEqual([...innovators].sort());

		await savePreferences(t.db, anonymous, { token: innovatorToken, marks: [{ counterpartId: chancegivers[5], kind: 'must' }, { counterpartId: chancegivers[4], kind: 'ratherNot' }] }, 'en');
		// staff override: the pair i0–c4 is wanted after all
		await savePreferences(t.db, staff, { participantId: innovators[0], marks: [{ counterpartId: chancegivers[4], kind: 'like' }] }, 'en');
		const solved = await solveDay(t.db, staff, { dayId, timeLimitSeconds: 1 }, 'en');
		expect(['optimal', 'feasible']).toContain(solved.status);
		expect(solved.upperBound).toBeGreaterThanOrEqual(solved.objective);
		let planner = await getPlanner(t.db, staff, dayId, 'en');
		expect(planner.meetings.some((m) => m.innovator === innovators[0] && m.chancegiver === chancegivers[5])).toBe(true);
		expect(planner.meetings.some((m) => m.innovator === innovators[0] && m.chancegiver === chancegivers[4])).toBe(true);
		expect(planner.broken).toEqual([]);
		expect(planner.version?.status).toBe('draft');

		// move a meeting to a free cell of its own table, lock it, undo the lock
		const m = planner.meetings[0];
		const busy = new Set(planner.meetings.filter((x) => x.chancegiver === m.chancegiver || x.innovator === m.innovator).map((x) => x.slot));
		const free = [0, 1, 2, 3].find((s) => !busy.has(s));
		let revision = planner.version!.revision;
		if (free !== undefined) {
			({ revision } = await editDraft(t.db, staff, { dayId, revision, edit: { kind: 'move', innovator: m.innovator, chancegiver: m.chancegiver, toInnovator: m.innovator, toSlot: free } }, 'en'));
		}
		await expectAppError(editDraft(t.db, staff, { dayId, revision: revision - 1, edit: { kind: 'lock', innovator: m.innovator, chancegiver: m.chancegiver } }, 'en'), 'version_conflict');
		await editDraft(t.db, staff, { dayId, revision, edit: { kind: 'lock', innovator: m.innovator, chancegiver: m.chancegiver } }, "en");
		planner = await getPlanner(t.db, staff, dayId, 'en');
		expect(planner.meetings.find((x) => x.innovator === m.innovator && x.chancegiver === m.chancegiver)?.locked).toBe(true);
		// re-solve keeps the lock in its cell
		const lockedSlot = planner.meetings.find((x) => x.locked)!.slot;
		await solveDay(t.db, staff, { dayId, timeLimitSeconds: 1 }, 'en');
		planner = await getPlanner(t.db, staff, dayId, 'en');
		expect(planner.meetings.find((x) => x.innovator === m.innovator && x.chancegiver === m.chancegiver)).toMatchObject({ slot: lockedSlot, locked: true });
		expect(planner.current).toMatchObject({ meetings: planner.meetings.length, objective: planner.report!.objective, changedSinceSolve: false });
		await undoDraftEdit(t.db, staff, { dayId }, 'en');
		const undone = await getPlanner(t.db, staff, dayId, 'en');
		expect(undone.meetings.find((x) => x.innovator === m.innovator && x.chancegiver === m.chancegiver)?.locked).toBe(true);
		// after the undo the figures are the grid's, the report stays the last solve's
		expect(undone.current).toMatchObject({ meetings: undone.meetings.length, objective: undone.meetings.reduce((sum, x) => sum + x.score, 0) });

		// a broken rule shows: two meetings of one chancegiver moved into one slot is refused, an overfull table is shown
		const first = await publishDraft(t.db, staff, { dayId }, 'en');
		const everyoneWithMeeting = new Set(planner.meetings.flatMap((x) => [x.innovator, x.chancegiver]));
		expect(first.notified).toBe(everyoneWithMeeting.size);
		const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'accelerationDay.agenda'));
		const attachments = mails[0].attachments as { filename: string; contentType: string; content: string }[];
		expect(attachments.map((a) => a.contentType.split(';')[0])).toEqual(['application/pdf', 'text/calendar']);
		expect(Buffer.from(attachments[0].content, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		expect(Buffer.from(attachments[1].content, 'base64').toString()).toContain('BEGIN:VEVENT');

		// the agenda through the link
		const agenda = await agendaByToken(t.db, innovatorToken, 'en');
		const meetingEntries = agenda.agenda.entries.filter((e) => e.kind === 'meeting');
		expect(meetingEntries.length).toBeGreaterThan(0);
		const ics = agendaIcs(agenda.agenda, agenda.context, innovatorToken, 'en');
		expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(meetingEntries.length);
		expect(Buffer.from(agendaPdf(agenda.agenda, 'en')).toString('latin1')).toContain('Flow day');

		// moving one meeting after publication: only its two people are told
		const p = await getPlanner(t.db, staff, dayId, 'en');
		const moves = p.meetings
			.filter((x) => !x.locked)
			.flatMap((x) => [0, 1, 2, 3].map((s) => ({ x, s })))
			.filter(({ x, s }) => s !== x.slot && !p.meetings.some((y) => y.chancegiver === x.chancegiver && y.slot === s) && p.meetings.filter((y) => y.innovator === x.innovator && y.slot === s).length < 2);
		const target = moves[0].x;
		const to = moves[0].s;
		await editDraft(t.db, staff, { dayId, edit: { kind: 'move', innovator: target.innovator, chancegiver: target.chancegiver, toInnovator: target.innovator, toSlot: to } }, 'en');
		expect((await getPlanner(t.db, staff, dayId, 'en')).diff).toMatchObject({ moved: 1, people: 2 });
		const second = await publishDraft(t.db, staff, { dayId }, 'en');
		expect(second).toMatchObject({ changes: 1, notified: 2 });
		expect((await t.db.select().from(outbox).where(eq(outbox.kind, 'accelerationDay.agenda'))).length).toBe(first.notified + 2);

		// the day: check-in, a no-show, refill from round 2
		const list = await checkInList(t.db, staff, { dayId, q: 'cáse 1' });
		expect(list.people.map((x) => x.id)).toEqual([innovators[0]]);
		await checkInParticipant(t.db, staff, { dayId, participantId: innovators[0] }, 'en');
		const absent = p.meetings.find((x) => x.slot >= 1 && !x.locked && x.chancegiver !== chancegivers[5])!.chancegiver;
		await markNoShow(t.db, staff, { dayId, participantId: absent, noShow: true }, 'en');
		await expectAppError(markNoShow(t.db, staff, { dayId, participantId: innovators[0], noShow: true }, 'en'), 'invalid_state');
		const beforeRefill = await getPlanner(t.db, staff, dayId, 'en');
		const refill = await refillDay(t.db, staff, { dayId, fromSlot: 1, timeLimitSeconds: 1 }, 'en');
		expect(refill.changes).toBeGreaterThan(0);
		const after = await getPlanner(t.db, staff, dayId, 'en');
		expect(after.meetings.some((x) => x.chancegiver === absent && x.slot >= 1)).toBe(false);
		const before0 = beforeRefill.meetings.filter((x) => x.slot === 0).map((x) => `${x.innovator}${x.chancegiver}`).sort();
		expect(after.meetings.filter((x) => x.slot === 0).map((x) => `${x.innovator}${x.chancegiver}`).sort()).toEqual(before0);

		// ratings and the outcome survey
		// after the day (ratings open when a meeting's round starts, decision 084)
		const evening = new Date('2026-12-10T18:00:00Z');
		const toRate = await meetingsToRate(t.db, innovatorToken, 'en', evening);
		await rateMeeting(t.db, anonymous, { token: innovatorToken, counterpartId: toRate.meetings[0].counterpartId, score: 4, followUp: true }, 'en', evening);
		await expectAppError(rateMeeting(t.db, anonymous, { token: innovatorToken, counterpartId: innovators[1], score: 4 }, 'en', evening), 'validation_failed');
		await expectAppError(rateMeeting(t.db, anonymous, { token: innovatorToken, counterpartId: toRate.meetings[0].counterpartId, score: 7 }, 'en', evening), 'validation_failed');
		const overview = await ratingsOverview(t.db, staff, dayId, 'en');
		expect(overview).toMatchObject({ count: 1, followUps: 1, average: 4 });
		await expectAppError(sendOutcomeSurveys(t.db, staff, { dayId }, 'en', new Date('2026-12-11T00:00:00Z')), 'invalid_state');
		const { sent } = await sendOutcomeSurveys(t.db, staff, { dayId }, 'en', new Date('2027-06-11T09:00:00Z'));
		expect(sent).toBe(8);
		await answerOutcomeSurvey(t.db, anonymous, { token: innovatorToken, funding: true }, 'en');
		expect((await ratingsOverview(t.db, staff, dayId, 'en')).surveys).toMatchObject({ sent: 8, answered: 1, funding: 1 });
	});

	it('refuses to solve an empty day and anonymous planners', async () => {
		const { dayId } = await seedRegisteredDay(t.db, staff, { innovators: 0, chancegivers: 0 });
		await expectAppError(solveDay(t.db, staff, { dayId }, 'en'), 'invalid_state');
		await expectAppError(solveDay(t.db, anonymous, { dayId }, 'en'), 'unauthenticated');
	});
});
