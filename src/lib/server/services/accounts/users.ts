import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { hashPassword, verifyPassword } from '../../auth/crypto.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor, UserActor } from '../../auth/actor.ts';
import { deleteAllSessions } from '../../auth/session.ts';
import {
	ChangePasswordSchema,
	EmailSchema,
	NameSchema,
	PasswordSchema,
	ProfileSchema,
	RoleSchema,
	LocaleSchema
} from '../../../schemas/account.ts';
import { z as zod } from 'zod';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { recordAudit } from '../audit/record-audit.ts';

export const CreateUserSchema = zod.object({
	email: EmailSchema,
	name: NameSchema,
	role: RoleSchema,
	locale: LocaleSchema.default('nl'),
	password: PasswordSchema.optional()
});

/** Creates an account directly (CLI, or an admin): with a password, or to be invited later. */
export async function createUser(db: Db, actor: Actor, input: z.input<typeof CreateUserSchema>, locale: Locale = 'nl') {
	authorize(actor, 'users.invite');
	const data = parseInput(CreateUserSchema, input, locale);
	const passwordHash = data.password ? await hashPassword(data.password) : null;
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
		if (existing) {
			throw new AppError('duplicate_email', 'An account with this e-mail address already exists', {
				fields: { email: [translate(locale, 'account.emailTaken')] }
			});
		}
		const [user] = await tx
			.insert(users)
			.values({ email: data.email, name: data.name, role: data.role, locale: data.locale, passwordHash })
			.returning();
		await recordAudit(tx, actor, {
			action: 'user.create',
			subjectType: 'user',
			subjectId: user.id,
			after: { email: user.email, name: user.name, role: user.role }
		});
		return user;
	});
}

export async function listUsers(db: Db, actor: Actor) {
	authorize(actor, 'users.list');
	return db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			role: users.role,
			locale: users.locale,
			createdAt: users.createdAt,
			disabledAt: users.disabledAt,
			hasPassword: users.passwordHash
		})
		.from(users)
		.orderBy(asc(users.name))
		.then((rows) => rows.map((r) => ({ ...r, hasPassword: r.hasPassword !== null })));
}

export async function findUserByEmail(db: Db, email: string) {
	const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
	return user;
}

/** Name and language of one's own account; the language is remembered per user. */
export async function updateProfile(db: Db, actor: UserActor, input: z.input<typeof ProfileSchema>, locale: Locale = 'nl') {
	authorize(actor, 'profile.update');
	const data = parseInput(ProfileSchema, input, locale);
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
		if (!before) throw notFound('User');
		const [after] = await tx.update(users).set(data).where(eq(users.id, actor.userId)).returning();
		await recordAudit(tx, actor, {
			action: 'user.update_profile',
			subjectType: 'user',
			subjectId: actor.userId,
			before: { name: before.name, locale: before.locale },
			after: { name: after.name, locale: after.locale }
		});
		return after;
	});
}

/** Remembers a language choice made in the header. */
export async function setUserLocale(db: Db, actor: UserActor, locale: Locale) {
	await db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}

/** Changes one's password after checking the current one; other sessions end. */
export async function changePassword(db: Db, actor: UserActor, input: z.input<typeof ChangePasswordSchema>, locale: Locale = 'nl') {
	authorize(actor, 'profile.update');
	const data = parseInput(ChangePasswordSchema, input, locale);
	const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
	if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
		throw new AppError('validation_failed', 'Wrong password', {
			fields: { currentPassword: [translate(locale, 'account.wrongPassword')] }
		});
	}
	const passwordHash = await hashPassword(data.newPassword);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
		await deleteAllSessions(tx, actor.userId);
		await recordAudit(tx, actor, { action: 'user.change_password', subjectType: 'user', subjectId: actor.userId });
	});
}

/**
 * An admin changes someone's role or (re)enables the account. Disabling ends every session
 * and makes tokens stop working (they check the user). An admin cannot lock themself out.
 */
export async function updateAccount(
	db: Db,
	actor: Actor,
	input: { userId: string; role?: string; disabled?: boolean },
	locale: Locale = 'nl'
) {
	authorize(actor, 'users.changeRole');
	const role = input.role === undefined ? undefined : parseInput(RoleSchema, input.role, locale);
	if (actor.kind === 'user' && actor.userId === input.userId && (input.disabled || (role && role !== 'admin'))) {
		throw new AppError('forbidden', translate(locale, 'admin.notYourself'));
	}
	if (!/^[0-9a-f-]{36}$/i.test(input.userId)) throw notFound('User');
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
		if (!before) throw notFound('User');
		const changes: Partial<typeof users.$inferInsert> = {};
		if (role) changes.role = role;
		if (input.disabled !== undefined) changes.disabledAt = input.disabled ? (before.disabledAt ?? new Date()) : null;
		const [after] = await tx.update(users).set(changes).where(eq(users.id, input.userId)).returning();
		if (input.disabled) await deleteAllSessions(tx, input.userId);
		await recordAudit(tx, actor, {
			action: 'user.update_account',
			subjectType: 'user',
			subjectId: input.userId,
			before: { role: before.role, disabled: before.disabledAt !== null },
			after: { role: after.role, disabled: after.disabledAt !== null }
		});
		return after;
	});
}
