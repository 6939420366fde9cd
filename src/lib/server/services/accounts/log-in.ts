import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { dummyPasswordHash, verifyPassword } from '../../auth/crypto.ts';
import { createSession } from '../../auth/session.ts';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '../security/rate-limit.ts';
import { LoginSchema } from '../../../schemas/account.ts';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';

/** Failed attempts allowed per account and per IP address in a 15-minute window. */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 20, windowSeconds: 15 * 60 };

export interface LogInInput {
	email: string;
	password: string;
	ip: string;
	userAgent: string | null;
}

/**
 * Checks the password and opens a session. Failures are counted per account and per IP;
 * past the limit, no password is even checked, so guessing is slow whichever is varied.
 * The message never says whether the account exists.
 */
export async function logIn(db: Db, input: LogInInput, locale: Locale = 'nl') {
	const { email, password } = parseInput(LoginSchema, input, locale);
	const accountKey = `login:account:${email}`;
	const ipKey = `login:ip:${input.ip}`;
	for (const [key, limit] of [
		[accountKey, LOGIN_LIMITS.perAccount],
		[ipKey, LOGIN_LIMITS.perIp]
	] as const) {
		const seen = await peekRateLimit(db, key, LOGIN_LIMITS.windowSeconds);
		if (seen.count >= limit) {
			throw new AppError('rate_limited', 'Too many failed attempts', {
				retryAfterSeconds: seen.retryAfterSeconds
			});
		}
	}
	const [user] = await db.select().from(users).where(eq(users.email, email));
	const ok = user?.passwordHash
		? await verifyPassword(user.passwordHash, password)
		: (await verifyPassword(await dummyPasswordHash(), password)) && false;
	if (!user || !ok || user.disabledAt) {
		await hitRateLimit(db, accountKey, LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowSeconds);
		await hitRateLimit(db, ipKey, LOGIN_LIMITS.perIp, LOGIN_LIMITS.windowSeconds);
		throw new AppError('invalid_credentials', 'Wrong e-mail address or password');
	}
	// A success forgets this account's failures (the IP keeps its count).
	await clearRateLimit(db, accountKey);
	const session = await createSession(db, user.id, input.userAgent);
	return { user, ...session };
}
