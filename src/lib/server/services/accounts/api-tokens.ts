import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { apiTokens, users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { generateToken, hashToken } from '../../auth/crypto.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { ApiTokenCreateSchema } from '../../../schemas/account.ts';
import { parseInput } from '../../validation.ts';
import type { Locale } from '../../../i18n/core.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Creates an API token for `userId` (one's own, or any user's for the system/CLI). The
 * token is returned once; only its SHA-256 is stored.
 */
export async function createApiToken(
	db: Db,
	actor: Actor,
	input: { userId: string } & z.input<typeof ApiTokenCreateSchema>,
	locale: Locale = 'nl'
): Promise<{ id: string; token: string; label: string }> {
	authorize(actor, 'profile.tokens');
	if (actor.kind === 'user' && actor.userId !== input.userId) {
		throw new AppError('forbidden', 'You can only create tokens for yourself');
	}
	const { label } = parseInput(ApiTokenCreateSchema, { label: input.label }, locale);
	const token = generateToken('sif_');
	return db.transaction(async (tx) => {
		const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
		if (!user) throw notFound('User');
		const [row] = await tx
			.insert(apiTokens)
			.values({ userId: input.userId, label, tokenHash: hashToken(token) })
			.returning({ id: apiTokens.id });
		await recordAudit(tx, actor, {
			action: 'api_token.create',
			subjectType: 'user',
			subjectId: input.userId,
			after: { tokenId: row.id, label }
		});
		return { id: row.id, token, label };
	});
}

export async function listApiTokens(db: Db, actor: Actor & { kind: 'user' }) {
	return db
		.select({
			id: apiTokens.id,
			label: apiTokens.label,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt
		})
		.from(apiTokens)
		.where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
		.orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the actor's own tokens. */
export async function revokeApiToken(db: Db, actor: Actor & { kind: 'user' }, tokenId: string) {
	authorize(actor, 'profile.tokens');
	if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw notFound('Token');
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(apiTokens)
			.set({ revokedAt: new Date() })
			.where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
			.returning({ id: apiTokens.id, label: apiTokens.label });
		if (!row) throw notFound('Token');
		await recordAudit(tx, actor, {
			action: 'api_token.revoke',
			subjectType: 'user',
			subjectId: actor.userId,
			before: { tokenId: row.id, label: row.label }
		});
	});
}
