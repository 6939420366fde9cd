import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../auth/crypto.ts';
import { deleteAllSessions } from '../../auth/session.ts';
import { AcceptInvitationSchema, PasswordResetRequestSchema } from '../../../schemas/account.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { publicOrigin } from '../../config.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { createAccountLink, findUsableLink, markLinkUsed } from './account-links.ts';
import { AppError } from '../../errors.ts';

/**
 * Sends a reset link (2 hours) when the address has an account. Answers the same either
 * way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(db: Db, input: z.input<typeof PasswordResetRequestSchema>, locale: Locale = 'nl') {
	const { email } = parseInput(PasswordResetRequestSchema, input, locale);
	await db.transaction(async (tx) => {
		const [user] = await tx.select().from(users).where(eq(users.email, email));
		if (!user || user.disabledAt) return;
		const link = await createAccountLink(tx, { kind: 'password_reset', email, locale: user.locale });
		const l = user.locale as Locale;
		await enqueueEmail(tx, {
			to: email,
			kind: 'password_reset',
			subject: translate(l, 'account.resetSubject'),
			text: translate(l, 'account.resetBody', { name: user.name, url: `${publicOrigin()}/reset/${link.token}` })
		});
	});
}

export async function checkPasswordResetLink(db: Db, token: string) {
	const link = await findUsableLink(db, 'password_reset', token);
	return { email: link.email };
}

/** Sets the new password, uses the link up and ends every session of the account. */
export async function resetPassword(db: Db, token: string, input: z.input<typeof AcceptInvitationSchema>, locale: Locale = 'nl') {
	const data = parseInput(AcceptInvitationSchema, input, locale);
	const passwordHash = await hashPassword(data.password);
	return db.transaction(async (tx) => {
		const link = await findUsableLink(tx, 'password_reset', token, new Date(), true);
		const [user] = await tx.select().from(users).where(eq(users.email, link.email));
		if (!user) throw new AppError('not_found', 'This link is not valid');
		await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
		await markLinkUsed(tx, link.id);
		await deleteAllSessions(tx, user.id);
		await recordAudit(tx, { kind: 'system', label: `reset:${user.email}` }, {
			action: 'user.reset_password',
			subjectType: 'user',
			subjectId: user.id
		});
		return user;
	});
}
