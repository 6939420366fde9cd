import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox, settings } from '../../db/schema/core.ts';
import { personTerms } from '../../db/schema/people.ts';
import { engagements, engagementTransitions, intakeMeetings, needs } from '../../db/schema/intake.ts';
import type { UserActor } from '../../auth/actor.ts';
import { planIntake } from './plan-intake.ts';
import { recordIntake } from './record-intake.ts';
import { changeEngagementState } from '../engagements/change-engagement-state.ts';
import { saveCaseNote } from '../engagements/save-case-note.ts';
import { saveExitPlan } from '../engagements/save-exit-plan.ts';
import { readCase } from '../engagements/read-case.ts';
import { expectAppError, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from './intake-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
const now = new Date('2026-11-23T10:00:00Z');
beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
	staff = await seedStaffUser(t.db, 'An Staff');
});
afterAll(async () => {
	await t.close();
});

const answers = { impact: 'clear', societalNeed: 'yes', income: 'meals', developmentCost: '20k', improvement: 'pilot', partners: 'OCMW' };
const version = async (id: string) => (await t.db.select().from(engagements).where(eq(engagements.id, id)))[0].version;

describe('intake planning and recording', () => {
	it('plans with an .ics invitation, re-plans with a higher SEQUENCE, records and takes on for the configured months', async () => {
		const id = await seedRequestedEngagement(t.db);
		const startsAt = new Date('2026-12-01T09:30:00Z');
		await planIntake(t.db, staff, { engagementId: id, version: 1, startsAt, location: 'Gent' }, 'en', now);
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, id));
		expect(row).toMatchObject({ state: 'intake_planned', ownerUserId: staff.userId, version: 2 });
		const invites = await t.db.select().from(outbox).where(eq(outbox.kind, 'intake.invitation'));
		expect(invites).toHaveLength(1);
		expect(invites[0].subject).toMatch(/^Invitation à un entretien d’accueil/);
		const ics = Buffer.from((invites[0].attachments as { content: string }[])[0].content, 'base64').toString();
		expect(ics).toContain('DTSTART:20261201T093000Z');
		expect(ics).toContain('SEQUENCE:0');
		expect(await t.db.select().from(outbox).where(eq(outbox.kind, 'intake.invitation.staff'))).toHaveLength(1);

		await planIntake(t.db, staff, { engagementId: id, version: 2, startsAt, videoUrl: 'https://meet.example/x' }, 'en', now);
		const meetings = await t.db.select().from(intakeMeetings).where(eq(intakeMeetings.engagementId, id));
		expect(meetings).toMatchObject([{ sequence: 1, videoUrl: 'https://meet.example/x', status: 'planned' }]);

		await t.db.insert(settings).values({ key: 'intake.engagementMonths', value: 4 });
		await recordIntake(
			t.db,
			staff,
			{ engagementId: id, version: 3, answers, needs: [{ category: 'Legal', text: 'statutes' }], offers: ['funding', 'Cooking'], outcome: 'take_on' },
			'en',
			now
		);
		const [active] = await t.db.select().from(engagements).where(eq(engagements.id, id));
		expect(active).toMatchObject({ state: 'active', outcome: 'taken_on' });
		expect(active.plannedEndAt?.toISOString()).toBe('2027-03-23T10:00:00.000Z');
		const [done] = await t.db.select().from(intakeMeetings).where(eq(intakeMeetings.engagementId, id));
		expect(done).toMatchObject({ status: 'done', answers });
		// the two needs of the request plus the one recorded at the intake
		expect((await t.db.select().from(needs).where(eq(needs.engagementId, id))).map((n) => n.category).sort()).toEqual(['funding', 'legal', 'legal']);
		const offers = await t.db.select().from(personTerms).where(and(eq(personTerms.personId, active.personId), eq(personTerms.relation, 'offer')));
		expect(offers).toHaveLength(1); // 'Cooking' is not in the taxonomy
		const mail = await t.db.select().from(outbox).where(eq(outbox.kind, 'intake.outcome.take_on'));
		expect(mail[0].text).toContain('2027-03-23');
		const history = await t.db.select().from(engagementTransitions).where(eq(engagementTransitions.engagementId, id));
		expect(history.map((h) => h.toState)).toEqual(['requested', 'intake_planned', 'intake_planned', 'active']);
	});

	it('refers elsewhere only with someone to refer to, and then e-mails the reason', async () => {
		const id = await seedRequestedEngagement(t.db);
		const base = { engagementId: id, version: 1, answers, outcome: 'refer' as const, reason: 'Housing is their field' };
		const error = await expectAppError(recordIntake(t.db, staff, base, 'en', now), 'validation_failed');
		expect(Object.keys((error.details as { fields: object }).fields)).toEqual(['referredTo']);
		await recordIntake(t.db, staff, { ...base, referredTo: 'Samenlevingsopbouw' }, 'en', now);
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, id));
		expect(row).toMatchObject({ state: 'referred_out', referredTo: 'Samenlevingsopbouw', outcome: 'referred' });
		const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'intake.outcome.refer'));
		expect(mails.at(-1)?.text).toContain('Samenlevingsopbouw');
	});

	it('says not now with a reason: the engagement exits', async () => {
		const id = await seedRequestedEngagement(t.db);
		await recordIntake(t.db, staff, { engagementId: id, version: 1, answers, outcome: 'not_now', reason: 'Too early' }, 'en', now);
		expect((await t.db.select().from(engagements).where(eq(engagements.id, id)))[0].state).toBe('exited');
		await expectAppError(
			changeEngagementState(t.db, staff, { engagementId: id, version: 2, event: 'pause', reason: 'x' }, 'en', now),
			'invalid_state'
		);
	});
});

describe('editing a case', () => {
	it('refuses a stale version with version_conflict, so concurrent edits never overwrite each other', async () => {
		const id = await seedRequestedEngagement(t.db);
		await recordIntake(t.db, staff, { engagementId: id, version: 1, answers, outcome: 'take_on' }, 'en', now);
		const v = await version(id);
		const results = await Promise.allSettled([
			saveCaseNote(t.db, staff, { engagementId: id, version: v, nextAction: 'Call Ann' }, 'en', now),
			saveCaseNote(t.db, staff, { engagementId: id, version: v, nextAction: 'Mail Bert' }, 'en', now)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason.code).toBe('version_conflict');
		expect(await version(id)).toBe(v + 1);
	});

	it('pauses, resumes, prepares the exit and exits, recording who and why', async () => {
		const id = await seedRequestedEngagement(t.db);
		await recordIntake(t.db, staff, { engagementId: id, version: 1, answers, outcome: 'take_on' }, 'en', now);
		let v = await version(id);
		v = (await changeEngagementState(t.db, staff, { engagementId: id, version: v, event: 'pause', reason: 'Holiday' }, 'en', now)).version;
		v = (await changeEngagementState(t.db, staff, { engagementId: id, version: v, event: 'resume', reason: 'Back' }, 'en', now)).version;
		v = (
			await saveExitPlan(t.db, staff, { engagementId: id, version: v, continues: 'Peer group', contacts: 'Mentor Jan', alumni: true }, 'en', now)
		).version;
		await changeEngagementState(t.db, staff, { engagementId: id, version: v, event: 'exit', reason: 'Six months done' }, 'en', now);
		const view = await readCase(t.db, staff, id);
		expect(view.engagement).toMatchObject({ state: 'exited', exitPlan: { continues: 'Peer group', alumni: true } });
		expect(view.history.slice(-3).map((h) => [h.toState, h.reason, h.actorLabel])).toEqual([
			['paused', 'Holiday', staff.email],
			['active', 'Back', staff.email],
			['exited', 'Six months done', staff.email]
		]);
		expect(view.allowedEvents).toEqual([]);
	});
});
