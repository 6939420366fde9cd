import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { outbox } from '../../db/schema/core.ts';
import { systemActor, type UserActor } from '../../auth/actor.ts';
import { createUser } from '../accounts/users.ts';
import { requestPasswordReset } from '../accounts/password-reset.ts';
import { inviteUser } from '../accounts/invitations.ts';
import { getOutboxMessage, HIDDEN_LINK } from './outbox.ts';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t.close();
});

const cli = systemActor('cli');
async function actorFor(email: string, role: UserActor['role']): Promise<UserActor> {
	const user = await createUser(t.db, cli, { email, name: email, role, password: 'a long password' });
	return { kind: 'user', userId: user.id, role, name: email, email, locale: 'nl', via: 'session' };
}
async function mailTo(to: string, kind: string) {
	const [row] = await t.db.select().from(outbox).where(eq(outbox.to, to));
	expect(row.kind).toBe(kind);
	return row.id;
}

describe('reading account links in the outbox', () => {
	it('hides reset and invitation links of staff and admin accounts from staff, not from admins', async () => {
		const admin = await actorFor('boss@example.be', 'admin');
		const staff = await actorFor('karen@example.be', 'staff');
		await actorFor('ines@example.be', 'innovator');

		await requestPasswordReset(t.db, { email: 'boss@example.be' });
		const reset = await mailTo('boss@example.be', 'password_reset');
		expect((await getOutboxMessage(t.db, staff, reset)).text).toContain(HIDDEN_LINK);
		expect((await getOutboxMessage(t.db, staff, reset)).text).not.toMatch(/\/reset\/\w+/);
		expect((await getOutboxMessage(t.db, admin, reset)).text).toMatch(/\/reset\/\w+/);

		await inviteUser(t.db, admin, { email: 'new.admin@example.be', name: 'New', role: 'admin' });
		const invitation = await mailTo('new.admin@example.be', 'invitation');
		expect((await getOutboxMessage(t.db, staff, invitation)).text).toContain(HIDDEN_LINK);
		expect((await getOutboxMessage(t.db, admin, invitation)).text).toMatch(/\/invitation\/\w+/);

		// An innovator's reset link stays readable for staff (they pass it on without SMTP).
		await requestPasswordReset(t.db, { email: 'ines@example.be' });
		const innovatorReset = await mailTo('ines@example.be', 'password_reset');
		expect((await getOutboxMessage(t.db, staff, innovatorReset)).text).toMatch(/\/reset\/\w+/);
	});
});
