import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox } from '../../db/schema/core.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { createCall, createProgramme, readProgramme, updateCall } from './manage-programmes.ts';
import { readApplicationFile, readMyApplication, saveApplication, saveApplicationFile } from './applications.ts';
import { addReviewer, declareConflict, decideApplication, listApplicationsForReview, rankCall, saveReview } from './selection.ts';

let t: TestDb;
const cli = systemActor('cli');
const actors: Record<string, UserActor> = {};

async function user(key: string, role: UserActor['role'], locale: 'nl' | 'fr' | 'en' = 'nl') {
	const email = `${key}@example.be`;
	const u = await createUser(t.db, cli, { email, name: key[0].toUpperCase() + key.slice(1), role, password: 'correct horse battery', locale });
	actors[key] = { kind: 'user', userId: u.id, role, name: key, email, locale, via: 'session' };
}

beforeAll(async () => {
	t = await createTestDb();
	await user('karen', 'staff');
	await user('amina', 'innovator', 'fr');
	await user('bert', 'innovator', 'en');
	await user('jules', 'chancegiver');
	await user('rita', 'staff');
	await user('outsider', 'chancegiver');
});
afterAll(async () => {
	await t.close();
});

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

const hour = 3600_000;

async function openCall(blind = true) {
	const { id: programmeId } = await createProgramme(t.db, actors.karen, { name: 'Start-up club 2027', kind: 'startup_club' });
	const { id } = await createCall(t.db, actors.karen, programmeId, {
		title: 'Call 2027',
		opensAt: new Date(Date.now() - hour),
		closesAt: new Date(Date.now() + 48 * hour),
		blind,
		questions: [
			{ key: 'pitch', label: 'Pitch', kind: 'long_text', required: true },
			{ key: 'stage', label: 'Stage', kind: 'choice', options: ['idea', 'growth'], required: true },
			{ key: 'budget', label: 'Budget', kind: 'budget' },
			{ key: 'deck', label: 'Deck', kind: 'file' }
		],
		criteria: [
			{ key: 'impact', label: 'Impact', weight: 2, max: 5 },
			{ key: 'team', label: 'Team', weight: 1, max: 10 }
		]
	});
	return { programmeId, callId: id };
}

describe('programmes and calls', () => {
	it('staff build a call; others may not; the form is validated', async () => {
		const { programmeId, callId } = await openCall();
		const read = await readProgramme(t.db, actors.karen, programmeId);
		expect(read.calls.map((c) => c.id)).toEqual([callId]);
		await expectCode(createProgramme(t.db, actors.amina, { name: 'X', kind: 'startup_club' }), 'forbidden');
		await expect(
			createCall(t.db, actors.karen, programmeId, {
				title: 'Bad',
				opensAt: new Date(),
				closesAt: new Date(Date.now() - hour),
				questions: [{ key: 'c', label: 'C', kind: 'choice' }]
			})
		).rejects.toSatisfy((e) => e instanceof ValidationError && 'closesAt' in (e.details as { fields: object }).fields && 'questions.0.options' in (e.details as { fields: object }).fields);
		await expectCode(
			updateCall(t.db, actors.karen, callId, { title: 'Call 2027', opensAt: new Date(Date.now() - hour), closesAt: new Date(Date.now() + hour) }, 99),
			'version_conflict'
		);
	});
});

describe('applying, reviewing, ranking and deciding', () => {
	it('runs a whole selection with ownership rules', async () => {
		const { programmeId, callId } = await openCall(true);

		// Drafts, a file, submission with a French confirmation.
		await saveApplication(t.db, actors.amina, callId, { pitch: 'Sport als hefboom' });
		const big = new Uint8Array(5 * 1024 * 1024 + 1);
		await expect(saveApplicationFile(t.db, actors.amina, callId, 'deck', { filename: 'big.pdf', contentType: 'application/pdf', data: big })).rejects.toBeInstanceOf(ValidationError);
		const file = await saveApplicationFile(t.db, actors.amina, callId, 'deck', { filename: 'deck.pdf', contentType: 'application/pdf', data: new TextEncoder().encode('%PDF-1') });
		await expect(saveApplication(t.db, actors.amina, callId, { pitch: 'Sport' }, 'fr', { submit: true })).rejects.toSatisfy(
			(e) => e instanceof ValidationError && 'stage' in (e.details as { fields: object }).fields
		);
		const a = await saveApplication(t.db, actors.amina, callId, { pitch: 'Sport', stage: 'idea', budget: '1200' }, 'fr', { submit: true });
		expect(a.status).toBe('submitted');
		await expectCode(saveApplication(t.db, actors.amina, callId, { pitch: 'again' }), 'invalid_state');
		const b = await saveApplication(t.db, actors.bert, callId, { pitch: 'Circular', stage: 'growth' }, 'en', { submit: true });
		const [mailA] = await t.db.select().from(outbox).where(eq(outbox.to, 'amina@example.be'));
		expect(mailA.subject).toBe('Candidature reçue : Call 2027');

		// An applicant sees only their own application and files.
		expect((await readMyApplication(t.db, actors.bert, callId))!.application.id).toBe(b.id);
		expect((await readMyApplication(t.db, actors.amina, callId))!.files.map((f) => f.filename)).toEqual(['deck.pdf']);
		await expectCode(readApplicationFile(t.db, actors.bert, file.id), 'forbidden');

		// Reviewers: Jules (external jury) and Rita (staff). Jules has a conflict on Amina.
		await addReviewer(t.db, actors.karen, callId, 'jules@example.be');
		await addReviewer(t.db, actors.karen, callId, 'RITA@example.be');
		await expectCode(listApplicationsForReview(t.db, actors.outsider, callId), 'forbidden');
		const julesView = await listApplicationsForReview(t.db, actors.jules, callId, 'en');
		expect(julesView.items.map((i) => i.label)).toEqual(['Applicant 1', 'Applicant 2']); // blind
		expect(new TextDecoder().decode((await readApplicationFile(t.db, actors.jules, file.id)).data)).toBe('%PDF-1');
		await saveReview(t.db, actors.jules, a.id, { scores: { impact: 5, team: 10 } });
		await declareConflict(t.db, actors.jules, a.id, { reason: 'My cousin' });
		const after = await listApplicationsForReview(t.db, actors.jules, callId);
		expect(after.items.map((i) => i.id)).toEqual([b.id]);
		expect(after.conflicts).toBe(1);
		await expectCode(saveReview(t.db, actors.jules, a.id, { scores: { impact: 1, team: 1 } }), 'not_found');
		await expectCode(readApplicationFile(t.db, actors.jules, file.id), 'not_found');
		await expectCode(saveReview(t.db, actors.outsider, b.id, { scores: { impact: 1, team: 1 } }), 'forbidden');

		// Ranges are validated per criterion.
		await expect(saveReview(t.db, actors.rita, a.id, { scores: { impact: 6, team: 3 } })).rejects.toSatisfy(
			(e) => e instanceof ValidationError && 'scores.impact' in (e.details as { fields: object }).fields
		);
		await saveReview(t.db, actors.rita, a.id, { scores: { impact: 4, team: 8 } });
		await saveReview(t.db, actors.rita, b.id, { scores: { impact: 2, team: 4 } });
		await saveReview(t.db, actors.jules, b.id, { scores: { impact: 1, team: 1 } });

		const ranking = await rankCall(t.db, actors.karen, callId);
		expect(ranking.rows.map((r) => [r.name, r.rank, r.reviews])).toEqual([
			['Amina', 1, 1],
			['Bert', 2, 2]
		]);
		// Rita: a=0.8, b=0.4 → z = +1 / −1; Jules has one review → z = 0. Bert: mean(−1, 0).
		expect(ranking.rows[0].meanZ).toBeCloseTo(1);
		expect(ranking.rows[1].meanZ).toBeCloseTo(-0.5);
		await expectCode(rankCall(t.db, actors.jules, callId), 'forbidden');

		await decideApplication(t.db, actors.karen, a.id, { status: 'accepted', note: 'Welkom!' });
		await decideApplication(t.db, actors.karen, b.id, { status: 'waitlisted', note: '' });
		await expectCode(decideApplication(t.db, actors.jules, b.id, { status: 'rejected' }), 'forbidden');
		const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'programme.decision'));
		expect(mails.map((m) => [m.to, m.subject]).sort()).toEqual([
			['amina@example.be', 'Décision sur votre candidature : Call 2027'],
			['bert@example.be', 'Decision on your application: Call 2027']
		]);
		expect(mails.find((m) => m.to === 'amina@example.be')!.text).toContain('Welkom!');
		const programme = await readProgramme(t.db, actors.karen, programmeId);
		expect(programme.calls[0].counts).toEqual({ drafts: 0, submitted: 2, accepted: 1, waitlisted: 1, rejected: 0 });
	});

	it('refuses drafts and submissions on a closed call with a clear message', async () => {
		const { programmeId } = await openCall();
		const { id } = await createCall(t.db, actors.karen, programmeId, {
			title: 'Closed call',
			opensAt: new Date(Date.now() - 48 * hour),
			closesAt: new Date(Date.now() - hour)
		});
		await expect(saveApplication(t.db, actors.bert, id, {}, 'en')).rejects.toThrow('This call is closed');
	});
});
