import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { timelineEvents } from '../../db/schema/people.ts';
import { engagements, introductions, needs, notifications, reminders, reviewItems } from '../../db/schema/intake.ts';
import type { UserActor } from '../../auth/actor.ts';
import { recordIntake } from '../intake/record-intake.ts';
import { callRoute, expectAppError, seedPerson, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from '../intake/intake-test-fixtures.ts';
import { openReviewMeeting } from './open-review-meeting.ts';
import { readReviewMeeting } from './read-review-meeting.ts';
import { saveReviewAdvice } from './save-review-advice.ts';
import { addReviewAction, listMyActions, setReviewActionDone } from './review-actions.ts';
import { closeReviewMeeting } from './close-review-meeting.ts';
import { minutesCsv, minutesMarkdown } from './review-minutes.ts';
import { proposeIntroduction } from '../introductions/propose-introduction.ts';
import { sendIntroduction } from '../introductions/send-introduction.ts';
import { answerIntroduction } from '../introductions/answer-introduction.ts';
import { recordIntroductionOutcome } from '../introductions/record-introduction-outcome.ts';
import { fireFollowUpReminders } from '../introductions/fire-follow-ups.ts';
import { sendDigests, setDigestFrequency } from '../digests/send-digests.ts';
import { saveCaseNote } from '../engagements/save-case-note.ts';
import { readCase } from '../engagements/read-case.ts';
import * as meetingsRoute from '../../../../routes/api/v1/review-meetings/+server.ts';
import * as meetingRoute from '../../../../routes/api/v1/review-meetings/[id]/+server.ts';
import * as adviceRoute from '../../../../routes/api/v1/review-items/[id]/advice/+server.ts';
import * as actionsRoute from '../../../../routes/api/v1/review-items/[id]/actions/+server.ts';
import * as myActionsRoute from '../../../../routes/api/v1/review-actions/+server.ts';

let t: TestDb;
let staff: UserActor;
let colleague: UserActor;
const DAY = 24 * 3600 * 1000;
const now = new Date('2026-11-23T10:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);
const answers = { impact: '', societalNeed: '', income: '', developmentCost: '', improvement: '', partners: '' };
const active: string[] = [];

async function seedActiveEngagement(name: string) {
	const id = await seedRequestedEngagement(t.db, { name });
	await recordIntake(t.db, staff, { engagementId: id, version: 1, answers, outcome: 'take_on' }, 'en', now);
	return id;
}

beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
	staff = await seedStaffUser(t.db, 'An Staff');
	colleague = await seedStaffUser(t.db, 'Bo Colleague');
	active.push(await seedActiveEngagement('Zoë Zeeman'), await seedActiveEngagement('Ann Aerts'));
	await seedRequestedEngagement(t.db, { name: 'Rik Requested' });
});
afterAll(async () => {
	await t.close();
});

describe('the weekly review', () => {
	it('opens one meeting with every active case by name, carries unfinished ones over, and writes minutes', async () => {
		const first = await openReviewMeeting(t.db, staff, { heldOn: '2026-11-23' }, 'en', now);
		expect(first.created).toBe(true);
		const again = await openReviewMeeting(t.db, colleague, {}, 'en', now);
		expect(again).toEqual({ id: first.id, created: false });
		let view = await readReviewMeeting(t.db, staff, first.id, now);
		expect(view.items.map((i) => i.case.person.name)).toEqual(['Ann Aerts', 'Zoë Zeeman']);
		const [ann, zoe] = view.items;
		expect(ann.case.openNeeds).toHaveLength(2);

		await saveReviewAdvice(t.db, staff, { itemId: ann.id, version: ann.version, advice: 'Talk to a funder' }, 'en', now);
		await expectAppError(saveReviewAdvice(t.db, colleague, { itemId: ann.id, version: ann.version, advice: 'Other' }, 'en', now), 'version_conflict');
		await expectAppError(
			addReviewAction(t.db, staff, { itemId: ann.id, description: 'Call', ownerUserId: ann.engagementId }, 'en', now),
			'validation_failed'
		);
		await addReviewAction(t.db, staff, { itemId: ann.id, description: 'Call the funder', ownerUserId: colleague.userId, dueOn: '2026-11-30' }, 'en', now);
		const need = ann.case.openNeeds[0];
		const other = await seedPerson(t.db, 'Fien Funder');
		const intro = await proposeIntroduction(
			t.db,
			staff,
			{ innovator: ann.case.person.id, person: other.id, need: need.id, note: 'Seed money', reviewItem: ann.id },
			'en',
			now
		);
		expect(intro.status).toBe('proposed');
		await expectAppError(
			proposeIntroduction(t.db, staff, { innovator: zoe.case.person.id, person: other.id, reviewItem: ann.id }, 'en', now),
			'validation_failed'
		);

		view = await readReviewMeeting(t.db, staff, first.id, now);
		expect(view.items[0]).toMatchObject({ status: 'discussed', advice: 'Talk to a funder' });
		expect((await readCase(t.db, staff, ann.engagementId)).advice).toMatchObject([{ heldOn: '2026-11-23', advice: 'Talk to a funder' }]);
		expect(view.items[0].actions.map((a) => a.ownerName)).toEqual(['Bo Colleague']);
		expect(view.items[0].introductions).toMatchObject([{ otherName: 'Fien Funder', status: 'proposed' }]);
		const md = minutesMarkdown(view, 'en');
		expect(md).toContain('## 1. Ann Aerts');
		expect(md).toContain('- [ ] Call the funder — Bo Colleague (2026-11-30)');
		expect(md).toContain('Introduction to Fien Funder (proposed)');
		const csv = minutesCsv(view, 'en').split('\r\n');
		expect(csv[1]).toContain('Talk to a funder');
		expect(csv[2]).toMatch(/^2,Zoë Zeeman,Buurtkeuken,to discuss|^2,Zoë Zeeman,Buurtkeuken,/);

		const mine = await listMyActions(t.db, colleague, colleague.userId);
		expect(mine.open.map((a) => a.description)).toEqual(['Call the funder']);
		await setReviewActionDone(t.db, colleague, { actionId: mine.open[0].id, done: true }, now);
		expect((await listMyActions(t.db, colleague, colleague.userId)).open).toEqual([]);
		const [notified] = await t.db.select().from(notifications).where(eq(notifications.userId, colleague.userId));
		expect(notified).toMatchObject({ summaryKey: 'intake.notifyAction' });

		expect(await closeReviewMeeting(t.db, staff, { meetingId: first.id }, now)).toEqual({ carriedOver: 1 });
		await expectAppError(saveReviewAdvice(t.db, staff, { itemId: zoe.id, version: zoe.version, advice: 'late' }, 'en', now), 'invalid_state');
		const second = await openReviewMeeting(t.db, staff, {}, 'en', at(7));
		const next = await readReviewMeeting(t.db, staff, second.id, at(7));
		expect(next.meeting.heldOn).toBe('2026-11-30');
		expect(next.items.map((i) => [i.case.person.name, i.carriedFromId === zoe.id])).toEqual([
			['Zoë Zeeman', true],
			['Ann Aerts', false]
		]);
		const [carried] = await t.db.select().from(reviewItems).where(eq(reviewItems.id, zoe.id));
		expect(carried.status).toBe('carried_over');
	});
});

describe('introductions, follow-ups and digests', () => {
	it('puts both in touch after both accept, reminds the owner 3 weeks and 3 months later, in one digest a day', async () => {
		const [intro] = await t.db.select().from(introductions).where(eq(introductions.note, 'Seed money'));
		await sendIntroduction(t.db, staff, { introductionId: intro.id }, now);
		const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'introduction.optin'));
		expect(mails).toHaveLength(2);
		const tokens = mails.map((m) => /\/intro\/(\S+)/.exec(m.text)![1]);
		expect(await answerIntroduction(t.db, tokens[0], 'accepted', at(1))).toEqual({ status: 'sent' });
		await expectAppError(answerIntroduction(t.db, tokens[0], 'declined', at(1)), 'link_used');
		expect(await answerIntroduction(t.db, tokens[1], 'accepted', at(2))).toEqual({ status: 'accepted' });
		expect(await t.db.select().from(outbox).where(eq(outbox.kind, 'introduction.connected'))).toHaveLength(2);
		const planned = await t.db.select().from(reminders).where(eq(reminders.subjectId, intro.id));
		expect(planned.map((r) => [r.step, r.dueAt.toISOString()]).sort()).toEqual([
			['3m', at(2 + 91).toISOString()],
			['3w', at(2 + 21).toISOString()]
		]);

		// the acceptance notification goes out in the owner's first digest
		expect(await sendDigests(t.db, at(2))).toEqual({ sent: 2 });
		const digestsTo = async () =>
			(await t.db.select().from(outbox).where(and(eq(outbox.kind, 'notification.digest'), eq(outbox.to, staff.email)))).length;
		expect(await digestsTo()).toBe(1);

		expect(await fireFollowUpReminders(t.db, at(22))).toEqual({ fired: 0, cancelled: 0 });
		expect(await fireFollowUpReminders(t.db, at(23))).toEqual({ fired: 1, cancelled: 0 });
		expect(await fireFollowUpReminders(t.db, at(23))).toEqual({ fired: 0, cancelled: 0 });
		const mine = await listMyActions(t.db, staff, staff.userId);
		expect(mine.followUps).toMatchObject([{ step: '3w', innovator: 'Ann Aerts', other: 'Fien Funder' }]);
		await sendDigests(t.db, at(23));
		expect(await digestsTo()).toBe(2);
		const [digest] = await t.db
			.select()
			.from(outbox)
			.where(and(eq(outbox.kind, 'notification.digest'), eq(outbox.to, staff.email), like(outbox.text, '%Wat kwam er uit%')));
		expect(digest.text).toContain('Wat kwam er uit de introductie tussen Ann Aerts en Fien Funder? (3 weken na het akkoord)');
		expect(digest.text).toMatch(/\/cases\/[0-9a-f-]{36}/);

		// weekly: a second notification the next day waits for the week to pass
		await setDigestFrequency(t.db, staff, 'weekly');
		await t.db.insert(notifications).values({ userId: staff.userId, kind: 'test', summaryKey: 'intake.saved', createdAt: at(24) });
		await sendDigests(t.db, at(25));
		expect(await digestsTo()).toBe(2);
		await sendDigests(t.db, at(30));
		expect(await digestsTo()).toBe(3);

		// an outcome: on both timelines, the need met, the 3-month reminder cancelled
		const [current] = await t.db.select().from(introductions).where(eq(introductions.id, intro.id));
		await recordIntroductionOutcome(
			t.db,
			staff,
			{ introductionId: intro.id, version: current.version, outcome: 'funding', amountEuros: 5000 },
			'en',
			at(31)
		);
		const outcomes = await t.db.select().from(timelineEvents).where(eq(timelineEvents.kind, 'introduction.outcome'));
		expect(outcomes.map((e) => e.personId).sort()).toEqual([intro.innovatorId, intro.personId].sort());
		const [need] = await t.db.select().from(needs).where(eq(needs.id, intro.needId!));
		expect(need.status).toBe('met');
		expect(await fireFollowUpReminders(t.db, at(200))).toEqual({ fired: 0, cancelled: 0 });
		const [threeMonths] = await t.db.select().from(reminders).where(and(eq(reminders.subjectId, intro.id), eq(reminders.step, '3m')));
		expect(threeMonths.cancelledAt).not.toBeNull();
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, intro.engagementId!));
		expect(row.state).toBe('active');
	});
});

describe('the review API', () => {
	it('lists, opens (or returns the open meeting), reads, advises with a version check, adds actions', async () => {
		const list = await callRoute(t.db, meetingsRoute.GET, '/api/v1/review-meetings', { actor: staff });
		expect(list.status).toBe(200);
		const open = list.json.items.find((m: { closedAt: string | null }) => m.closedAt === null);
		const opened = await callRoute(t.db, meetingsRoute.POST, '/api/v1/review-meetings', { actor: staff, body: {} });
		expect(opened).toEqual({ status: 201, json: { id: open.id, created: false } });
		const read = await callRoute(t.db, meetingRoute.GET, `/api/v1/review-meetings/${open.id}`, { actor: staff, params: { id: open.id } });
		expect(read.status).toBe(200);
		const [first] = read.json.items;
		expect(first).toMatchObject({ position: 1, carriedOver: true, engagement: { state: 'active' } });
		const path = `/api/v1/review-items/${first.id}/advice`;
		const ok = await callRoute(t.db, adviceRoute.POST, path, { actor: staff, params: { id: first.id }, body: { version: first.version, advice: 'Go' } });
		expect(ok).toEqual({ status: 200, json: { version: first.version + 1 } });
		const stale = await callRoute(t.db, adviceRoute.POST, path, { actor: colleague, params: { id: first.id }, body: { version: first.version, advice: 'No' } });
		expect(stale.status).toBe(409);
		expect(stale.json.error.code).toBe('version_conflict');
		const action = await callRoute(t.db, actionsRoute.POST, `/api/v1/review-items/${first.id}/actions`, {
			actor: staff,
			params: { id: first.id },
			body: { description: 'Send the budget template', ownerUserId: staff.userId, dueOn: '2026-12-07' }
		});
		expect(action.status).toBe(201);
		const mine = await callRoute(t.db, myActionsRoute.GET, '/api/v1/review-actions', { actor: staff });
		expect(mine.json.items.map((a: { description: string }) => a.description)).toContain('Send the budget template');
		const anon = await callRoute(t.db, meetingsRoute.GET, '/api/v1/review-meetings');
		expect(anon.status).toBe(401);
	});
});

describe('two staff editing at once', () => {
	it('never silently overwrite each other: one save wins, the other gets version_conflict', async () => {
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, active[0]));
		const results = await Promise.allSettled([
			saveCaseNote(t.db, staff, { engagementId: row.id, version: row.version, nextAction: 'Call Monday' }, 'en'),
			saveCaseNote(t.db, colleague, { engagementId: row.id, version: row.version, nextAction: 'Mail Tuesday' }, 'en')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect((rejected.reason as { code: string }).code).toBe('version_conflict');
		const [after] = await t.db.select().from(engagements).where(eq(engagements.id, row.id));
		expect(after.version).toBe(row.version + 1);
	});
});
