/**
 * One-time links for invitations and password resets: a random token in the e-mail, its
 * SHA-256 in the table; a link works once and expires.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { accountLinks } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { generateToken, hashToken } from '../../auth/crypto.ts';

export type LinkKind = 'invitation' | 'password_reset';
export const LINK_LIFETIME_MS: Record<LinkKind, number> = {
	invitation: 14 * 24 * 3600 * 1000,
	password_reset: 2 * 3600 * 1000
};

export async function createAccountLink(
	db: Db,
	values: Omit<typeof accountLinks.$inferInsert, 'tokenHash' | 'expiresAt' | 'kind'> & { kind: LinkKind },
	now = new Date()
): Promise<{ token: string; id: string }> {
	const token = generateToken();
	const [row] = await db
		.insert(accountLinks)
		.values({
			...values,
			tokenHash: hashToken(token),
			expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[values.kind])
		})
		.returning({ id: accountLinks.id });
	return { token, id: row.id };
}

/** The link for a token, or an AppError saying it is unknown, used or expired. */
export async function findUsableLink(db: Db, kind: LinkKind, token: string, now = new Date(), lock = false) {
	const query = db
		.select()
		.from(accountLinks)
		.where(and(eq(accountLinks.tokenHash, hashToken(token)), eq(accountLinks.kind, kind)));
	const [link] = lock ? await query.for('update') : await query;
	if (!link) throw new AppError('not_found', 'This link is not valid');
	if (link.usedAt) throw new AppError('link_used', 'This link has already been used');
	if (link.expiresAt.getTime() <= now.getTime()) throw new AppError('link_expired', 'This link has expired');
	return link;
}

export async function markLinkUsed(db: Db, id: string, now = new Date()): Promise<void> {
	await db.update(accountLinks).set({ usedAt: now }).where(eq(accountLinks.id, id));
}

/** Makes an unused link expire now (a used one keeps its history); opening it then says it has expired. */
export async function voidAccountLink(db: Db, id: string, now = new Date()): Promise<void> {
	await db.update(accountLinks).set({ expiresAt: now }).where(and(eq(accountLinks.id, id), isNull(accountLinks.usedAt)));
}
