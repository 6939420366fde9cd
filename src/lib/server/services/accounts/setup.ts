import { count, sql } from 'drizzle-orm';
import { users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { hashPassword } from '../../auth/crypto.ts';
import { systemActor } from '../../auth/actor.ts';
import { FirstAdminSchema } from '../../../schemas/account.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { z } from 'zod';

/** True while the database has no account at all: the first visit offers setup. */
export async function needsSetup(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: count() }).from(users);
	return Number(row.n) === 0;
}

/**
 * Creates the first administrator. Only possible on an empty database; an advisory lock
 * makes two simultaneous attempts end with one admin and one `setup_done`.
 */
export async function createFirstAdmin(db: Db, input: z.input<typeof FirstAdminSchema>) {
	const data = parseInput(FirstAdminSchema, input);
	const passwordHash = await hashPassword(data.password);
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(7243001)`);
		if (!(await needsSetup(tx))) {
			throw new AppError('setup_done', 'An administrator already exists');
		}
		const [user] = await tx
			.insert(users)
			.values({ email: data.email, name: data.name, role: 'admin', passwordHash })
			.returning();
		await recordAudit(tx, systemActor('setup'), {
			action: 'user.create_first_admin',
			subjectType: 'user',
			subjectId: user.id,
			after: { email: user.email, name: user.name, role: user.role }
		});
		return user;
	});
}
