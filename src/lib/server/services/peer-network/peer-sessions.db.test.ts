import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import type { UserActor } from '../../auth/actor.ts';
import { expectAppError, seedStaffActor } from '../peer-ledger/ledger-test-fixtures.ts';
import { getPersonBalance } from '../peer-ledger/read-ledger.ts';
import { verifyStoredLedger } from '../peer-ledger/verify-ledger.ts';
import { createPeerRequest } from './create-peer-request.ts';
import { acceptPeerRequest } from './respond-peer-request.ts';
import { choosePeerSlot } from './plan-peer-request.ts';
import {
	completePeerSessionAsStaff,
	confirmPeerSession,
	givePeerFeedback,
	loadPeerSessionView,
	savePreparationNote
} from './peer-sessions.ts';
import { createPeerOffer, planPeerOffer, removePeerSignup, signUpPeerOffer } from './peer-offers.ts';
import { loadMyPoints, loadPeerHome } from './peer-views.ts';
import { ledgerCsv, loadNetworkOverview } from './peer-staff-views.ts';
import { suggestPeerGivers } from './suggest-peer-givers.ts';
import { seedAccount, type SeededMember } from './peer-network-test-fixtures.ts';

let t: TestDb;
let staff: UserActor;
beforeAll(async () => {
	t = await createTestDb();
	staff = await seedStaffActor(t.db);
});
afterAll(async () => {
	await t.close();
});

async function planned(receiver: SeededMember, giver: SeededMember, question = 'Pricing help') {
	const r = await createPeerRequest(t.db, receiver.actor, { category: 'pricing', question, business: 'A bakery', giver: giver.personId }, 'en');
	const a = await acceptPeerRequest(t.db, giver.actor, { request: r.id, slots: ['2026-12-01T10:00'] });
	const p = await choosePeerSlot(t.db, receiver.actor, { request: r.id, slot: a.slots[0] }, 'en');
	return { request: r.id, session: p.session };
}

describe('a session from preparation to points', () => {
	it('prepares from the template, moves points when both confirmed, then takes feedback', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const eve = await seedAccount(t.db, 'Eve');
		const { request, session } = await planned(ann, bo);

		const view = await loadPeerSessionView(t.db, bo.actor, session);
		expect(view.preparation).toMatchObject({ question: 'Pricing help', business: 'A bakery', methods: '', saved: false });
		expect(view.can).toMatchObject({ prepare: true, confirm: true, complete: false, feedback: false });
		// Strangers do not learn the session exists; receivers cannot edit the note.
		await expectAppError(loadPeerSessionView(t.db, eve.actor, session), 'not_found');
		await expectAppError(savePreparationNote(t.db, ann.actor, { session, methods: 'x' }), 'forbidden');
		await savePreparationNote(t.db, staff, { session, question: 'Pricing help', business: 'A bakery', methods: 'Cost-plus exercise' });
		expect((await loadPeerSessionView(t.db, ann.actor, session)).preparation).toMatchObject({ methods: 'Cost-plus exercise', saved: true });

		await expectAppError(givePeerFeedback(t.db, ann.actor, { session, rating: 5 }), 'invalid_state');
		const first = await confirmPeerSession(t.db, ann.actor, { session });
		expect(first.status).toBe('planned');
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ balance: 0, reserved: 8 });
		await expectAppError(confirmPeerSession(t.db, eve.actor, { session }), 'not_found');
		const second = await confirmPeerSession(t.db, bo.actor, { session });
		expect(second.status).toBe('completed');
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ balance: -8, reserved: 0, received: 8 });
		expect(await getPersonBalance(t.db, staff, bo.personId)).toMatchObject({ balance: 8, given: 8 });
		const [row] = await t.db.select().from(peerRequests).where(eq(peerRequests.id, request));
		expect(row.status).toBe('completed');
		// Confirming again moves nothing.
		await confirmPeerSession(t.db, bo.actor, { session });
		expect(await getPersonBalance(t.db, staff, bo.personId)).toMatchObject({ balance: 8 });

		await givePeerFeedback(t.db, ann.actor, { session, rating: 4, comment: 'Useful' });
		await givePeerFeedback(t.db, ann.actor, { session, rating: 5, comment: 'Very useful' });
		await expectAppError(givePeerFeedback(t.db, ann.actor, { session, rating: 6 }), 'validation_failed');
		expect((await loadPeerSessionView(t.db, staff, session)).feedback).toEqual([
			{ person: ann.personId, name: 'Ann', rating: 5, comment: 'Very useful' }
		]);
		expect((await verifyStoredLedger(t.db, staff)).ok).toBe(true);
	});

	it('two confirmations at the same moment complete the session once', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { session } = await planned(ann, bo);
		const results = await Promise.all([
			confirmPeerSession(t.db, ann.actor, { session }),
			confirmPeerSession(t.db, bo.actor, { session })
		]);
		expect(results.map((r) => r.status)).toContain('completed');
		expect(await getPersonBalance(t.db, staff, bo.personId)).toMatchObject({ balance: 8 });
	});

	it('staff complete without confirmations; members may not', async () => {
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const { session } = await planned(ann, bo);
		await expectAppError(completePeerSessionAsStaff(t.db, ann.actor, { session }), 'forbidden');
		expect(await completePeerSessionAsStaff(t.db, staff, { session })).toMatchObject({ status: 'completed' });
		expect(await getPersonBalance(t.db, staff, ann.personId)).toMatchObject({ balance: -8 });
	});
});

describe('group sessions', () => {
	it('fills up to capacity, plans one session with every sign-up and invites all', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const [r1, r2, r3] = [await seedAccount(t.db, 'R1'), await seedAccount(t.db, 'R2'), await seedAccount(t.db, 'R3')];
		const offer = await createPeerOffer(t.db, gia.actor, {
			category: 'marketing',
			topic: 'Social media basics',
			startsAt: '2026-12-10T18:00',
			capacity: '2'
		});
		await expectAppError(signUpPeerOffer(t.db, gia.actor, { offer: offer.id }), 'unprocessable');
		const results = await Promise.allSettled([r1, r2, r3].map((r) => signUpPeerOffer(t.db, r.actor, { offer: offer.id }, 'en')));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
		const full = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(full.reason.code).toBe('conflict');
		await expectAppError(planPeerOffer(t.db, r1.actor, { offer: offer.id }), 'forbidden');
		const plannedOffer = await planPeerOffer(t.db, gia.actor, { offer: offer.id });
		expect(plannedOffer.receivers).toHaveLength(2);
		for (const id of plannedOffer.receivers) {
			expect(await getPersonBalance(t.db, staff, id)).toMatchObject({ reserved: 8 });
		}
		const invitations = await t.db.select().from(outbox).where(eq(outbox.kind, 'peerNetwork.planned'));
		expect(invitations.filter((m) => m.to === gia.actor.email)).toHaveLength(1);
		await expectAppError(signUpPeerOffer(t.db, r3.actor, { offer: offer.id }), 'invalid_state');
		await completePeerSessionAsStaff(t.db, staff, { session: plannedOffer.session });
		expect(await getPersonBalance(t.db, staff, gia.personId)).toMatchObject({ balance: 16, given: 16 });
	});

	it('names who has no room when the group cannot be planned, and lets the giver take them off', async () => {
		const gia = await seedAccount(t.db, 'Gia');
		const low = await seedAccount(t.db, 'Low');
		const ok = await seedAccount(t.db, 'Okay');
		const offer = await createPeerOffer(t.db, gia.actor, { category: 'finance', topic: 'Budgets', startsAt: '2026-12-11T18:00', capacity: 5 });
		await signUpPeerOffer(t.db, low.actor, { offer: offer.id });
		await signUpPeerOffer(t.db, ok.actor, { offer: offer.id });
		// Low uses their room elsewhere after signing up.
		await planned(low, ok, 'one');
		await planned(low, ok, 'two');
		const error = await expectAppError(planPeerOffer(t.db, gia.actor, { offer: offer.id }, 'en'), 'credit_floor');
		expect(error.message).toContain('Low must give a session first');
		await removePeerSignup(t.db, gia.actor, { offer: offer.id, person: low.personId });
		expect((await planPeerOffer(t.db, gia.actor, { offer: offer.id })).receivers).toEqual([ok.personId]);
	});
});

describe('what members and staff see', () => {
	it('suggests peers who offer the skill, shows my points and open requests I could give', async () => {
		const [pricing] = await t.db
			.insert(taxonomyTerms)
			.values({ kind: 'category', key: 'peer-test-pricing', labelNl: 'Prijszetting', labelFr: 'Prix', labelEn: 'Pricing' })
			.returning();
		const ann = await seedAccount(t.db, 'Ann');
		const bo = await seedAccount(t.db, 'Bo');
		const cas = await seedAccount(t.db, 'Cas');
		await t.db.insert(personTerms).values([
			{ personId: bo.personId, termId: pricing.id, relation: 'offer' },
			{ personId: ann.personId, termId: pricing.id, relation: 'offer' }
		]);
		const suggestions = await suggestPeerGivers(t.db, ann.actor, { category: 'peer-test-pricing', question: 'margins' }, 'en');
		expect(suggestions.map((s) => s.id)).toEqual([bo.personId]);
		expect(suggestions[0].reasons).toContain('offers Pricing');

		await createPeerRequest(t.db, cas.actor, { category: 'peer-test-pricing', question: 'Who can help?' });
		const home = await loadPeerHome(t.db, bo.actor, 'en');
		expect(home.openForMe.map((r) => r.question)).toEqual(['Who can help?']);
		expect(home.room).toMatchObject({ sessionsLeft: 2, state: 'free' });

		const { session } = await planned(ann, bo);
		await completePeerSessionAsStaff(t.db, staff, { session });
		const points = await loadMyPoints(t.db, ann.actor, 'en');
		expect(points.room).toMatchObject({ balance: -8, sessionsLeft: 1, state: 'lastOne' });
		expect(points.entries).toHaveLength(1);
		expect(points.entries[0]).toMatchObject({ points: -8, topic: 'pricing: Pricing help' });

		const overview = await loadNetworkOverview(t.db, staff, 'en');
		expect(overview.graph.edges.some((e) => e.from === bo.personId && e.to === ann.personId)).toBe(true);
		expect(overview.waiting.find((w) => w.question === 'Who can help?')?.candidates.map((c) => c.id).sort()).toEqual(
			[ann.personId, bo.personId].sort()
		);
		expect(overview.offered.find((o) => o.skill === 'Pricing')?.people).toBe(2);
		expect(overview.giveOnly.map((g) => g.id)).toContain(bo.personId);
		await expectAppError(loadNetworkOverview(t.db, ann.actor), 'forbidden');

		const csv = await ledgerCsv(t.db, staff, 'en');
		expect(csv.startsWith('\uFEFFentry;booked_at;person_id')).toBe(true);
		expect(csv).toContain(`;${ann.personId};Ann;-8;session;${session};pricing: Pricing help;;`);
	});
});
