import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { createFirstAdmin, needsSetup } from './setup.ts';
import { logIn, LOGIN_LIMITS } from './log-in.ts';
import { acceptInvitation, describeInvitation, inviteUser } from './invitations.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { createApiToken } from './api-tokens.ts';
import { actorFromApiToken, actorFromSessionToken } from '../../auth/session.ts';
import { auditLog, outbox, users } from '../../db/schema/core.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { createUser, updateAccount } from './users.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t.close();
});

const tokenFrom = (text: string, path: string) => new RegExp(`${path}/([a-z0-9]+)`).exec(text)![1];

async function expectCode(promise: Promise<unknown>, code: string) {
	await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
}

describe('first run, invitations, login, reset', () => {
	let adminActor: UserActor;
	let adminPassword = '';

	it('creates exactly one first administrator, even when two try at once', async () => {
		expect(await needsSetup(t.db)).toBe(true);
		const results = await Promise.allSettled([
			createFirstAdmin(t.db, { name: 'Kaat', email: 'Kaat@Example.be', password: 'correct horse 1' }),
			createFirstAdmin(t.db, { name: 'Kaat bis', email: 'kaat@example.be', password: 'correct horse 2' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const admins = await t.db.select().from(users);
		expect(admins).toHaveLength(1);
		expect(admins[0].email).toBe(admins[0].email.toLowerCase());
		expect(await needsSetup(t.db)).toBe(false);
		const winner = admins[0].name === 'Kaat' ? 'correct horse 1' : 'correct horse 2';
		const { user } = await logIn(t.db, { email: 'kaat@example.be', password: winner, ip: '10.0.0.1', userAgent: null });
		adminPassword = winner;
		adminActor = { kind: 'user', userId: user.id, role: 'admin', name: user.name, email: user.email, locale: 'nl', via: 'session' };
	});

	it('rejects a short password with a field error', async () => {
		await expect(createUser(t.db, systemActor('cli'), { email: 'x@example.be', name: 'X', role: 'staff', password: 'short' })).rejects.toSatisfy(
			(e) => e instanceof ValidationError && 'password' in e.fieldErrors
		);
	});

	it('invites staff by e-mail; the link works once', async () => {
		await inviteUser(t.db, adminActor, { email: 'Karen@Example.be', name: 'Karen', role: 'staff', locale: 'fr' });
		const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'karen@example.be'));
		expect(mail.subject).toBe('Invitation à sif');
		const token = tokenFrom(mail.text, '/invitation');
		expect((await describeInvitation(t.db, token)).role).toBe('staff');
		const user = await acceptInvitation(t.db, token, { password: 'a long password' });
		expect(user.role).toBe('staff');
		expect(user.locale).toBe('fr');
		await expectCode(acceptInvitation(t.db, token, { password: 'a long password' }), 'link_used');
		await expectCode(inviteUser(t.db, adminActor, { email: 'karen@example.be', name: 'K', role: 'staff' }), 'duplicate_email');
	});

	it('only admins invite', async () => {
		const staff: UserActor = { ...adminActor, role: 'staff' };
		await expectCode(inviteUser(t.db, staff, { email: 'n@example.be', name: 'N', role: 'staff' }), 'forbidden');
	});

	it('says the same on a wrong password and an unknown account, and throttles per account', async () => {
		await expectCode(logIn(t.db, { email: 'nobody@example.be', password: 'whatever12', ip: '10.0.0.2', userAgent: null }), 'invalid_credentials');
		for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
			await expectCode(logIn(t.db, { email: 'karen@example.be', password: 'wrong password', ip: `10.0.1.${i}`, userAgent: null }), 'invalid_credentials');
		}
		// Even the right password is refused while throttled.
		await expectCode(logIn(t.db, { email: 'karen@example.be', password: 'a long password', ip: '10.0.2.1', userAgent: null }), 'rate_limited');
	});

	it('resets a password by e-mail link, ending every session', async () => {
		const { token: sessionToken } = await logIn(t.db, { email: 'kaat@example.be', password: adminPassword, ip: '10.0.3.1', userAgent: null });
		await requestPasswordReset(t.db, { email: 'KAAT@example.be' });
		await requestPasswordReset(t.db, { email: 'unknown@example.be' });
		const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'password_reset'));
		expect(mails.map((m) => m.to)).toEqual(['kaat@example.be']);
		const token = tokenFrom(mails[0].text, '/reset');
		await resetPassword(t.db, token, { password: 'brand new password' });
		expect(await actorFromSessionToken(t.db, sessionToken)).toBeNull();
		await expectCode(resetPassword(t.db, token, { password: 'another password' }), 'link_used');
		const { user } = await logIn(t.db, { email: 'kaat@example.be', password: 'brand new password', ip: '10.0.3.2', userAgent: null });
		expect(user.email).toBe('kaat@example.be');
	});

	it('issues API tokens stored only as hashes, and audits the writes', async () => {
		const { token } = await createApiToken(t.db, systemActor('cli'), { userId: adminActor.userId, label: 'script' });
		expect(token.startsWith('sif_')).toBe(true);
		expect((await actorFromApiToken(t.db, token))?.userId).toBe(adminActor.userId);
		expect(await actorFromApiToken(t.db, token + 'x')).toBeNull();
		const actions = (await t.db.select().from(auditLog)).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['user.create_first_admin', 'user.invite', 'user.accept_invitation', 'user.reset_password', 'api_token.create']));
		const json = JSON.stringify(await t.db.select().from(auditLog));
		expect(json).not.toContain(token);
		expect(json).not.toContain('argon2');
	});
});

describe('account management by an admin', () => {
	it('changes a role, disables (ending sessions and tokens) and never locks the admin out', async () => {
		const cli = systemActor('cli');
		const admin = await createUser(t.db, cli, { email: 'boss@example.be', name: 'Boss', role: 'admin', password: 'long enough pw' });
		const member = await createUser(t.db, cli, { email: 'member@example.be', name: 'Member', role: 'member', password: 'long enough pw' });
		const bossActor: UserActor = { kind: 'user', userId: admin.id, role: 'admin', name: 'Boss', email: admin.email, locale: 'nl', via: 'session' };
		const { token } = await createApiToken(t.db, cli, { userId: member.id, label: 'x' });
		const session = await logIn(t.db, { email: 'member@example.be', password: 'long enough pw', ip: '10.9.0.1', userAgent: null });

		expect((await updateAccount(t.db, bossActor, { userId: member.id, role: 'innovator' })).role).toBe('innovator');
		await updateAccount(t.db, bossActor, { userId: member.id, disabled: true });
		expect(await actorFromApiToken(t.db, token)).toBeNull();
		expect(await actorFromSessionToken(t.db, session.token)).toBeNull();
		await expectCode(logIn(t.db, { email: 'member@example.be', password: 'long enough pw', ip: '10.9.0.2', userAgent: null }), 'invalid_credentials');
		await updateAccount(t.db, bossActor, { userId: member.id, disabled: false });
		expect((await actorFromApiToken(t.db, token))?.role).toBe('innovator');

		await expectCode(updateAccount(t.db, bossActor, { userId: admin.id, disabled: true }), 'forbidden');
		await expectCode(updateAccount(t.db, { ...bossActor, role: 'staff' }, { userId: member.id, role: 'admin' }), 'forbidden');
		await expect(updateAccount(t.db, bossActor, { userId: member.id, role: 'king' })).rejects.toBeInstanceOf(ValidationError);
	});
});
