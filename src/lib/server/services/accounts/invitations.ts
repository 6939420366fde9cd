import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { hashPassword } from '../../auth/crypto.ts';
import { authorize } from '../../auth/policy.ts';
import type { Actor } from '../../auth/actor.ts';
import { AcceptInvitationSchema, InvitationSchema } from '../../../schemas/account.ts';
import { parseInput } from '../../validation.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { publicOrigin } from '../../config.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { createAccountLink, findUsableLink, markLinkUsed } from './account-links.ts';
import { claimReviewerInvitations } from '../programmes/reviewer-invitations.ts';

/**
 * Invites someone by e-mail: an invitation link (14 days) lets them set their own
 * password. Admins invite any role; the e-mail is written in the invitee's language.
 */
export async function inviteUser(db: Db, actor: Actor, input: z.input<typeof InvitationSchema>, locale: Locale = 'nl') {
	authorize(actor, 'users.invite');
	const data = parseInput(InvitationSchema, input, locale);
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
		if (existing) {
			throw new AppError('duplicate_email', 'An account with this e-mail address already exists', {
				fields: { email: [translate(locale, 'account.emailTaken')] }
			});
		}
		const link = await createAccountLink(tx, {
			kind: 'invitation',
			email: data.email,
			name: data.name,
			role: data.role,
			locale: data.locale,
			createdBy: actor.kind === 'user' ? actor.userId : null
		});
		const url = `${publicOrigin()}/invitation/${link.token}`;
		const l = data.locale;
		await enqueueEmail(tx, {
			to: data.email,
			kind: 'invitation',
			subject: translate(l, 'account.inviteSubject'),
			text: translate(l, 'account.inviteBody', { name: data.name, url })
		});
		await recordAudit(tx, actor, {
			action: 'user.invite',
			subjectType: 'invitation',
			subjectId: link.id,
			after: { email: data.email, name: data.name, role: data.role }
		});
		return { id: link.id, url };
	});
}

/** What the invitation page shows before the password is chosen. */
export async function describeInvitation(db: Db, token: string) {
	const link = await findUsableLink(db, 'invitation', token);
	return { email: link.email, name: link.name ?? '', role: link.role ?? 'member', locale: link.locale as Locale };
}

/** Accepts an invitation: creates the account with the chosen password, exactly once. */
export async function acceptInvitation(db: Db, token: string, input: z.input<typeof AcceptInvitationSchema>, locale: Locale = 'nl') {
	const data = parseInput(AcceptInvitationSchema, input, locale);
	const passwordHash = await hashPassword(data.password);
	return db.transaction(async (tx) => {
		const link = await findUsableLink(tx, 'invitation', token, new Date(), true);
		const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, link.email));
		if (existing) throw new AppError('link_used', 'This invitation has already been used');
		const [user] = await tx
			.insert(users)
			.values({
				email: link.email,
				name: link.name ?? link.email,
				role: link.role ?? 'member',
				locale: link.locale,
				passwordHash
			})
			.returning();
		await markLinkUsed(tx, link.id);
		// A jury member invited to review calls lands on their reviewer lists (decision 100).
		await claimReviewerInvitations(tx, user);
		await recordAudit(tx, { kind: 'system', label: `invitation:${link.email}` }, {
			action: 'user.accept_invitation',
			subjectType: 'user',
			subjectId: user.id,
			after: { email: user.email, name: user.name, role: user.role }
		});
		return user;
	});
}
