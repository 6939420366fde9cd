/**
 * Database sessions behind an httpOnly cookie. The cookie holds a random token; the table
 * holds its SHA-256, so a leaked table gives no usable session. Sessions last 30 days and
 * slide forward when used in their second half.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { apiTokens, sessions, users } from '../db/schema/core.ts';
import type { Db } from '../db/client.ts';
import { generateToken, hashToken } from './crypto.ts';
import { isRole, type UserActor } from './actor.ts';

export const SESSION_COOKIE = 'sif_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;

export async function createSession(
	db: Db,
	userId: string,
	userAgent: string | null,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt, userAgent });
	return { token, expiresAt };
}

type UserRow = typeof users.$inferSelect;

function toActor(user: UserRow, via: UserActor['via']): UserActor | null {
	if (user.disabledAt || !isRole(user.role)) return null;
	return {
		kind: 'user',
		userId: user.id,
		role: user.role,
		name: user.name,
		email: user.email,
		locale: user.locale as UserActor['locale'],
		via
	};
}

/** The actor of a session cookie token, or null; renews the session when half used. */
export async function actorFromSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<{ actor: UserActor; expiresAt: Date } | null> {
	const id = hashToken(token);
	const [row] = await db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return null;
	if (row.session.expiresAt.getTime() <= now.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	const actor = toActor(row.user, 'session');
	if (!actor) return null;
	let expiresAt = row.session.expiresAt;
	if (expiresAt.getTime() - now.getTime() < SESSION_LIFETIME_MS / 2) {
		expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	return { actor, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** "Log out everywhere": every session of the user ends. */
export async function deleteAllSessions(db: Db, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The actor of a bearer API token, or null when unknown, revoked or the user disabled. */
export async function actorFromApiToken(db: Db, token: string, now = new Date()): Promise<UserActor | null> {
	const [row] = await db
		.select({ token: apiTokens, user: users })
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
	if (!row) return null;
	const actor = toActor(row.user, 'token');
	if (!actor) return null;
	// Touch at most once a minute: no write on every request of a burst.
	if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
		await db
			.update(apiTokens)
			.set({ lastUsedAt: now })
			.where(and(eq(apiTokens.id, row.token.id), gt(apiTokens.createdAt, new Date(0))));
	}
	return actor;
}
