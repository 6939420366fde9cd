import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { outbox, users } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { programmeReviewerInvitations } from '../../db/schema/programmes.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { createUser } from '../accounts/users.ts';
import { acceptInvitation, describeInvitation } from '../accounts/invitations.ts';
import { createPerson } from '../people/create-person.ts';
import { createCall, createProgramme } from './manage-programmes.ts';
import { saveApplication } from './applications.ts';
import { listApplicationsForReview, listMyReviewCalls, listReviewers } from './selection.ts';
import { inviteReviewer, listReviewerInvitations, withdrawReviewerInvitation } from './reviewer-invitations.ts';

let t: TestDb;
const cli = systemActor('cli');
const a: Record<string, UserActor> = {};
const hour = 3600_000;

async function user(key: string, role: UserActor['role']) {
	const email = `${key}@jury.example.be`;
	const u = await createUser(t.db, cli, { email, name: key, role, password: 'correct horse battery', locale: 'nl' });
	a[key] = { kind: 'user', userId: u.id, role, name: key, email, locale: 'nl', via: 'session' };
}

async function openCall(title: string) {
	const { id: programmeId } = await createProgramme(t.db, a.staff, { name: `Programme ${title}`, kind: 'thematic_track' });
	const { id } = await createCall(t.db, a.staff, programmeId, {
		title,
		opensAt: new Date(Date.now() - hour),
		closesAt: new Date(Date.now() + 48 * hour),
		blind: true,
		questions: [{ key: 'plan', label: 'Plan', kind: 'long_text', required: true }],
		criteria: [{ key: 'impact', label: 'Impact', weight: 1, max: 10 }]
	});
	return id;
}

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

beforeAll(async () => {
	t = await createTestDb();
	await user('staff', 'staff');
	await user('ines', 'innovator');
	await user('colleague', 'staff');
});
afterAll(async () => {
	await t.close();
});

describe('inviting an external jury member', () => {
	it('creates the directory record, e-mails an account invitation, and puts the new account on the list when accepted', async () => {
		const sportCall = await openCall('Sport als hefboom 2027');
		const otherCall = await openCall('Scalers 2027');
		await saveApplication(t.db, a.ines, sportCall, { plan: 'Voetbal voor nieuwkomers' }, 'nl', { submit: true });
		await saveApplication(t.db, a.ines, otherCall, { plan: 'Groei' }, 'nl', { submit: true });

		const result = await inviteReviewer(t.db, a.staff, sportCall, { name: 'Jana Jurylid', email: 'Jana@Extern.example', language: 'fr' });
		expect(result).toEqual({ status: 'invited', userId: null });
		expect(await listReviewerInvitations(t.db, a.staff, sportCall)).toEqual([expect.objectContaining({ email: 'jana@extern.example', name: 'Jana Jurylid' })]);
		expect(await listReviewers(t.db, a.staff, sportCall)).toEqual([]);
		const [person] = await t.db.select().from(people).where(eq(people.email, 'jana@extern.example'));
		expect([person.displayName, person.roles, person.userId]).toEqual(['Jana Jurylid', ['chancegiver'], null]);

		const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'jana@extern.example'));
		expect(mail.subject).toBe('Invitation : membre du jury pour Sport als hefboom 2027');
		const token = /\/invitation\/(\S+)/.exec(mail.text)![1];

		const account = await acceptInvitation(t.db, token, { password: 'a long jury password' });
		expect([account.role, account.locale]).toEqual(['chancegiver', 'fr']);
		const jana: UserActor = { kind: 'user', userId: account.id, role: 'chancegiver', name: 'Jana', email: account.email, locale: 'fr', via: 'session' };
		expect((await listReviewers(t.db, a.staff, sportCall)).map((r) => r.email)).toEqual(['jana@extern.example']);
		expect(await listReviewerInvitations(t.db, a.staff, sportCall)).toEqual([]);
		const [linked] = await t.db.select({ userId: people.userId }).from(people).where(eq(people.id, person.id));
		expect(linked.userId).toBe(account.id);

		// They see the applications of the call they were invited to, and nothing else.
		expect((await listMyReviewCalls(t.db, jana)).map((c) => c.id)).toEqual([sportCall]);
		const review = await listApplicationsForReview(t.db, jana, sportCall);
		expect(review.items.map((i) => i.label)).toHaveLength(1);
		await expectCode(listApplicationsForReview(t.db, jana, otherCall), 'forbidden');
		await expectCode(listReviewers(t.db, jana, otherCall), 'forbidden');
	});

	it('adds an address that already has an active account at once, reusing nothing else', async () => {
		const call = await openCall('Infosessie jury');
		const before = (await t.db.select().from(outbox)).length;
		expect(await inviteReviewer(t.db, a.staff, call, { name: 'Collega', email: 'colleague@jury.example.be' })).toEqual({
			status: 'added',
			userId: a.colleague.userId
		});
		expect((await t.db.select().from(outbox)).length).toBe(before);
		expect((await listReviewers(t.db, a.staff, call)).map((r) => r.userId)).toEqual([a.colleague.userId]);
	});

	it('reuses the directory record of a known person, and lets staff withdraw a pending invitation', async () => {
		const call = await openCall('Cocreatie jury');
		const known = await createPerson(t.db, a.staff, { name: 'Karel Gekend', email: 'karel@known.example', otherEmails: ['k.gekend@werk.example'] });
		await inviteReviewer(t.db, a.staff, call, { name: 'Karel G.', email: 'k.gekend@werk.example' });
		expect(await t.db.select().from(people).where(eq(people.email, 'k.gekend@werk.example'))).toEqual([]);
		const [pending] = await t.db.select().from(programmeReviewerInvitations).where(eq(programmeReviewerInvitations.callId, call));
		expect(pending.personId).toBe(known.id);
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'k.gekend@werk.example'));
		expect(mail.text).toContain('Dag Karel G.');
		const tokenOf = (text: string) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(text)![1];
		const first = tokenOf(mail.text);
		expect((await describeInvitation(t.db, first)).email).toBe('k.gekend@werk.example');
		// Sent again: the first link expires, the new one works.
		await inviteReviewer(t.db, a.staff, call, { name: 'Karel G.', email: 'k.gekend@werk.example' });
		const mails = await t.db.select().from(outbox).where(eq(outbox.to, 'k.gekend@werk.example'));
		expect(mails).toHaveLength(2);
		const second = tokenOf(mails.find((m) => tokenOf(m.text) !== first)!.text);
		await expectCode(describeInvitation(t.db, first), 'link_expired');
		expect((await describeInvitation(t.db, second)).email).toBe('k.gekend@werk.example');
		await withdrawReviewerInvitation(t.db, a.staff, call, 'K.Gekend@werk.example');
		expect(await listReviewerInvitations(t.db, a.staff, call)).toEqual([]);
		// Withdrawn: the e-mailed link no longer makes an account.
		await expectCode(describeInvitation(t.db, second), 'link_expired');
		await expectCode(withdrawReviewerInvitation(t.db, a.staff, call, 'k.gekend@werk.example'), 'not_found');
	});

	it('is for staff only, with errors by the field', async () => {
		const call = await openCall('Jury rechten');
		await expectCode(inviteReviewer(t.db, a.ines, call, { name: 'X', email: 'x@example.be' }), 'forbidden');
		const error = await inviteReviewer(t.db, a.staff, call, { name: ' ', email: 'not-an-address' }, 'en').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(['email', 'name']);
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, a.colleague.userId));
		const disabled = await inviteReviewer(t.db, a.staff, call, { name: 'Collega', email: 'colleague@jury.example.be' }).catch((e: unknown) => e);
		expect((disabled as ValidationError).fieldErrors.email).toEqual(['Het account met dit e-mailadres is uitgeschakeld.']);
	});
});
