import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { engagements } from '../../db/schema/intake.ts';
import type { UserActor } from '../../auth/actor.ts';
import { recordIntake } from './record-intake.ts';
import { changeEngagementState } from '../engagements/change-engagement-state.ts';
import { proposeIntroduction } from '../introductions/propose-introduction.ts';
import { intakeReport, intakeReportCsv } from './intake-report.ts';
import { callRoute, seedPerson, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from './intake-test-fixtures.ts';
import * as reportRoute from '../../../../routes/api/v1/reports/intake/+server.ts';

let t: TestDb;
let staff: UserActor;
const DAY = 24 * 3600 * 1000;
const answers = { impact: '', societalNeed: '', income: '', developmentCost: '', improvement: '', partners: '' };

beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
	staff = await seedStaffUser(t.db);
	const start = new Date('2026-03-10T10:00:00Z');
	await seedRequestedEngagement(t.db);
	const exited = await seedRequestedEngagement(t.db, { needs: [{ category: 'legal', text: 'statutes' }] });
	await t.db.update(engagements).set({ requestedAt: new Date('2026-02-20T10:00:00Z') }).where(eq(engagements.id, exited));
	await recordIntake(t.db, staff, { engagementId: exited, version: 1, answers, outcome: 'take_on', offers: ['funding'] }, 'en', start);
	const [row] = await t.db.select().from(engagements).where(eq(engagements.id, exited));
	const other = await seedPerson(t.db, 'Fien');
	await proposeIntroduction(t.db, staff, { innovator: row.personId, person: other.id }, 'en', new Date(start.getTime() + 4 * DAY));
	await changeEngagementState(t.db, staff, { engagementId: exited, version: row.version, event: 'exit', reason: 'done' }, 'en', new Date(start.getTime() + 100 * DAY));
});
afterAll(async () => {
	await t.close();
});

describe('the intake report', () => {
	it('counts the funnel per month and year, durations, the needs gap and introductions', async () => {
		const month = await intakeReport(t.db, staff, 'month');
		const thisMonth = month.funnel.find((f) => f.period !== '2026-02')!;
		expect(month.funnel.find((f) => f.period === '2026-02')).toEqual({ period: '2026-02', requested: 1, intake: 1, active: 1, exited: 1 });
		expect(thisMonth).toMatchObject({ requested: 1, intake: 0, active: 0, exited: 0 });
		expect(month.averageDurationDays).toBe(100);
		expect(month.medianDaysToFirstIntroduction).toBe(4);
		expect(month.gap.find((g) => g.category === 'funding')).toEqual({ category: 'funding', needs: 1, offers: 1, gap: 0 });
		expect(month.gap.find((g) => g.category === 'legal')).toMatchObject({ needs: 2, offers: 0 });
		expect(month.referrals).toEqual({ sent: 0, accepted: 0, declined: 0, withOutcome: 0, fundingCents: 0 });
		const year = await intakeReport(t.db, staff, 'year');
		expect(year.funnel.reduce((n, f) => n + f.requested, 0)).toBe(2);
		expect(intakeReportCsv(month)).toContain('funnel_month,2026-02,1,1,1,1');
		const api = await callRoute(t.db, reportRoute.GET, '/api/v1/reports/intake?by=year', { actor: staff });
		expect(api.status).toBe(200);
		expect(api.json.by).toBe('year');
	});
});
