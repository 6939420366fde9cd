import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { engagements, needs } from '../../db/schema/intake.ts';
import { anonymous, type UserActor } from '../../auth/actor.ts';
import { recordIntake } from '../intake/record-intake.ts';
import { listEngagements } from './list-engagements.ts';
import { callRoute, seedRequestedEngagement, seedStaffUser, seedTaxonomy } from '../intake/intake-test-fixtures.ts';
import * as engagementsRoute from '../../../../routes/api/v1/engagements/+server.ts';
import * as intakeRoute from '../../../../routes/api/v1/engagements/[id]/intake/+server.ts';
import * as stateRoute from '../../../../routes/api/v1/engagements/[id]/state/+server.ts';
import * as exitPlanRoute from '../../../../routes/api/v1/engagements/[id]/exit-plan/+server.ts';

let t: TestDb;
let staff: UserActor;
let activeId: string;
const DAY = 24 * 3600 * 1000;
beforeAll(async () => {
	t = await createTestDb();
	await seedTaxonomy(t.db);
	staff = await seedStaffUser(t.db);
	activeId = await seedRequestedEngagement(t.db);
	const answers = { impact: '', societalNeed: '', income: '', developmentCost: '', improvement: '', partners: '' };
	await recordIntake(t.db, staff, { engagementId: activeId, version: 1, answers, outcome: 'take_on' }, 'en');
	await seedRequestedEngagement(t.db);
});
afterAll(async () => {
	await t.close();
});

describe('GET /api/v1/engagements', () => {
	it('lists active engagements with person, initiative, open needs with stable ids, and flags', async () => {
		const res = await callRoute(t.db, engagementsRoute.GET, '/api/v1/engagements?state=active', { actor: staff });
		expect(res.status).toBe(200);
		expect(res.json.items).toHaveLength(1);
		const [item] = res.json.items;
		expect(item).toMatchObject({ id: activeId, state: 'active', initiative: { title: 'Buurtkeuken' }, flags: [] });
		const ids = (await t.db.select().from(needs).where(eq(needs.engagementId, activeId))).map((n) => n.id).sort();
		expect(item.openNeeds.map((n: { id: string }) => n.id).sort()).toEqual(ids);
		expect(Object.keys(item.openNeeds[0]).sort()).toEqual(['category', 'id', 'text']);
	});

	it('refuses anonymous callers (401) and a bad state (422)', async () => {
		expect((await callRoute(t.db, engagementsRoute.GET, '/api/v1/engagements', { actor: anonymous })).status).toBe(401);
		const bad = await callRoute(t.db, engagementsRoute.GET, '/api/v1/engagements?state=sleeping', { actor: staff });
		expect(bad.status).toBe(422);
		expect(bad.json.error.code).toBe('validation_failed');
	});
});

describe('case flags on the board', () => {
	it('raises no_contact, need_open_long and exit_due as time passes', async () => {
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, activeId));
		const later = new Date(row.plannedEndAt!.getTime() - 10 * DAY);
		const [item] = await listEngagements(t.db, staff, { state: 'active' }, later);
		expect(item.flags).toEqual(['no_contact', 'need_open_long', 'exit_due']);
		const [soon] = await listEngagements(t.db, staff, { state: 'active' }, new Date(row.startedAt!.getTime() + 5 * DAY));
		expect(soon.flags).toEqual([]);
	});
});

describe('the engagement API: intake, exit plan, exit', () => {
	it('takes on through the API, saves the exit checklist, refuses a stale exit and then exits', async () => {
		const id = await seedRequestedEngagement(t.db);
		const call = (route: typeof intakeRoute, suffix: string, body: unknown) =>
			callRoute(t.db, route.POST, `/api/v1/engagements/${id}/${suffix}`, { actor: staff, params: { id }, body });
		const missing = await call(intakeRoute, 'intake', { version: 1, outcome: 'refer', reason: 'elsewhere' });
		expect(missing.status).toBe(422);
		expect(missing.json.error.details.fields.referredTo).toBeDefined();
		const taken = await call(intakeRoute, 'intake', { version: 1, answers: { impact: 'clear' }, needs: [{ category: 'legal', text: 'statutes' }], offers: ['funding'], outcome: 'take_on' });
		expect(taken).toMatchObject({ status: 200, json: { state: 'active' } });
		const plan = await call(exitPlanRoute as unknown as typeof intakeRoute, 'exit-plan', { version: taken.json.version, continues: 'the kitchen', contacts: 'Paul', alumni: true });
		expect(plan.status).toBe(200);
		const stale = await call(stateRoute as unknown as typeof intakeRoute, 'state', { version: taken.json.version, event: 'exit', reason: 'done' });
		expect(stale.status).toBe(409);
		expect(stale.json.error.code).toBe('version_conflict');
		const exited = await call(stateRoute as unknown as typeof intakeRoute, 'state', { version: plan.json.version, event: 'exit', reason: 'done' });
		expect(exited).toMatchObject({ status: 200, json: { state: 'exited' } });
		const [row] = await t.db.select().from(engagements).where(eq(engagements.id, id));
		expect(row.exitPlan).toMatchObject({ continues: 'the kitchen', contacts: 'Paul', alumni: true });
	});
});
