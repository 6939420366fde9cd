import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { createBackup, restoreBackup, tablesInDependencyOrder } from './backup.ts';
import { createUser } from '../accounts/users.ts';
import { auditLog, users } from '../../db/schema/core.ts';
import { systemActor } from '../../auth/actor.ts';
import { AppError } from '../../errors.ts';
import { gzipSync } from 'node:zlib';

let t: TestDb;
beforeAll(async () => {
	t = await createTestDb();
});
afterAll(async () => {
	await t.close();
});

describe('backup and restore', () => {
	it('orders tables so that every foreign key points backwards', () => {
		const order = tablesInDependencyOrder();
		expect(order.indexOf('users')).toBeLessThan(order.indexOf('sessions'));
		expect(order.indexOf('people')).toBeLessThan(order.indexOf('person_terms'));
	});

	it('restores exactly what was backed up, replacing later changes', async () => {
		const cli = systemActor('cli');
		const kept = await createUser(t.db, cli, { email: 'kept@example.be', name: 'Kept', role: 'staff', password: 'long enough pw' });
		const dump = await createBackup(t.db);
		const auditBefore = (await t.db.select().from(auditLog)).length;
		await createUser(t.db, cli, { email: 'later@example.be', name: 'Later', role: 'member' });
		await t.db.update(users).set({ name: 'Changed' }).where(eq(users.id, kept.id));

		const counts = await restoreBackup(t.db, dump);
		expect(counts.users).toBe(1);
		const all = await t.db.select().from(users);
		expect(all.map((u) => [u.email, u.name])).toEqual([['kept@example.be', 'Kept']]);
		expect(all[0].passwordHash).toBe(kept.passwordHash);
		expect((await t.db.select().from(auditLog)).length).toBe(auditBefore);
		// Serial ids continue after the restored ones.
		await createUser(t.db, cli, { email: 'after@example.be', name: 'After', role: 'member' });
		const ids = (await t.db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('refuses a file that is not a backup and changes nothing', async () => {
		const before = await t.db.select().from(users);
		await expect(restoreBackup(t.db, Buffer.from('nonsense'))).rejects.toBeInstanceOf(AppError);
		const wrong = gzipSync(JSON.stringify({ format: 'sif-backup/1', migrations: ['x'], tables: {} }));
		await expect(restoreBackup(t.db, wrong)).rejects.toThrow(/migrations/);
		expect(await t.db.select().from(users)).toEqual(before);
	});
});
