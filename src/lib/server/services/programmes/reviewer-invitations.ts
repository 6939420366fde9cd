/**
 * Inviting an external jury member to review a call (decision 100). Staff give a name and
 * an e-mail: an existing active account goes on the reviewer list at once; otherwise the
 * person is found in the directory by e-mail (or created there, role chancegiver), an
 * account invitation (the F1 invitation link, role chancegiver) is e-mailed with the
 * call's title, and a pending row waits. Accepting the invitation turns every pending row
 * for that e-mail into a place on the reviewer list (`claimReviewerInvitations`, called by
 * acceptInvitation in the same transaction), so the new account sees the assigned calls'
 * applications — and nothing else: chancegivers have no staff rights, and
 * `programmes.review` admits a user only through a call's reviewer list.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/core.ts';
import { people } from '../../db/schema/people.ts';
import { programmeCallReviewers, programmeCalls, programmeReviewerInvitations } from '../../db/schema/programmes.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, ValidationError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { publicOrigin } from '../../config.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { createAccountLink, voidAccountLink } from '../accounts/account-links.ts';
import { createPerson } from '../people/create-person.ts';
import { ReviewerInvitationSchema, type ReviewerInvitationInput } from '../../../schemas/programmes.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

export type ReviewerInvitationResult = { status: 'added'; userId: string } | { status: 'invited'; userId: null };

/** The directory record with this address (primary or other), or a new one (chancegiver). */
async function personFor(tx: Db, actor: Actor, name: string, email: string, locale: Locale): Promise<string | null> {
	const [found] = await tx
		.select({ id: people.id })
		.from(people)
		.where(and(sql`(${people.email} = ${email} or ${email} = any(${people.otherEmails}))`, isNull(people.mergedIntoId), isNull(people.erasedAt)))
		.limit(1);
	if (found) return found.id;
	try {
		const created = await createPerson(tx, actor, { name, email, locale, roles: ['chancegiver'] }, locale);
		return created.id;
	} catch (error) {
		// A merged or erased record holds the address: invite without a directory link.
		if (error instanceof AppError && error.code === 'duplicate_email') return null;
		throw error;
	}
}

export async function inviteReviewer(
	db: Db,
	actor: Actor,
	callId: string,
	input: ReviewerInvitationInput,
	locale: Locale = 'nl'
): Promise<ReviewerInvitationResult> {
	authorize(actor, 'programmes.manage');
	const data = parseInput(ReviewerInvitationSchema, input, locale);
	if (!isUuid(callId)) throw notFound('Call');
	return db.transaction(async (tx) => {
		const [call] = await tx.select().from(programmeCalls).where(eq(programmeCalls.id, callId));
		if (!call) throw notFound('Call');
		const [user] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.email, data.email));
		if (user) {
			if (user.disabledAt) throw new ValidationError({ email: [translate(locale, 'programmes.reviewerDisabled')] });
			await tx.insert(programmeCallReviewers).values({ callId, userId: user.id }).onConflictDoNothing();
			await recordAudit(tx, actor, { action: 'programme.reviewer.add', subjectType: 'programme_call', subjectId: callId, after: { userId: user.id } });
			return { status: 'added', userId: user.id };
		}
		const personId = await personFor(tx, actor, data.name, data.email, data.language);
		const link = await createAccountLink(tx, {
			kind: 'invitation',
			email: data.email,
			name: data.name,
			role: 'chancegiver',
			locale: data.language,
			createdBy: actorUserId(actor)
		});
		// Sent again: the earlier link for this call stops working, the new one replaces it.
		const [earlier] = await tx
			.select({ linkId: programmeReviewerInvitations.accountLinkId })
			.from(programmeReviewerInvitations)
			.where(and(eq(programmeReviewerInvitations.callId, callId), eq(programmeReviewerInvitations.email, data.email)))
			.for('update');
		if (earlier?.linkId) await voidAccountLink(tx, earlier.linkId);
		await tx
			.insert(programmeReviewerInvitations)
			.values({ callId, email: data.email, name: data.name, personId, invitedBy: actorUserId(actor), accountLinkId: link.id })
			.onConflictDoUpdate({
				target: [programmeReviewerInvitations.callId, programmeReviewerInvitations.email],
				set: { name: data.name, personId, accountLinkId: link.id }
			});
		const url = `${publicOrigin()}/invitation/${link.token}`;
		const l = data.language;
		await enqueueEmail(tx, {
			to: data.email,
			kind: 'invitation',
			subject: translate(l, 'programmes.reviewerInviteSubject', { call: call.title }),
			text: translate(l, 'programmes.reviewerInviteBody', { name: data.name, call: call.title, url })
		});
		await recordAudit(tx, actor, {
			action: 'programme.reviewer.invite',
			subjectType: 'programme_call',
			subjectId: callId,
			after: { email: data.email, name: data.name, personId, invitationId: link.id }
		});
		return { status: 'invited', userId: null };
	});
}

/** Jury members invited to the call who have no account yet. */
export async function listReviewerInvitations(db: Db, actor: Actor, callId: string) {
	authorize(actor, 'programmes.read');
	if (!isUuid(callId)) throw notFound('Call');
	const rows = await db
		.select({ email: programmeReviewerInvitations.email, name: programmeReviewerInvitations.name, createdAt: programmeReviewerInvitations.createdAt })
		.from(programmeReviewerInvitations)
		.where(eq(programmeReviewerInvitations.callId, callId))
		.orderBy(asc(programmeReviewerInvitations.name));
	return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Withdraws a pending jury invitation for this call; its unused account link expires at once. */
export async function withdrawReviewerInvitation(db: Db, actor: Actor, callId: string, email: string): Promise<void> {
	authorize(actor, 'programmes.manage');
	if (!isUuid(callId)) throw notFound('Call');
	const address = email.trim().toLowerCase();
	await db.transaction(async (tx) => {
		const [row] = await tx
			.delete(programmeReviewerInvitations)
			.where(and(eq(programmeReviewerInvitations.callId, callId), eq(programmeReviewerInvitations.email, address)))
			.returning();
		if (!row) throw notFound('Invitation');
		// The e-mailed account link goes with it: accepting it later would make an account with no jury place.
		if (row.accountLinkId) await voidAccountLink(tx, row.accountLinkId);
		await recordAudit(tx, actor, { action: 'programme.reviewer.withdraw', subjectType: 'programme_call', subjectId: callId, before: { email: address } });
	});
}

/**
 * Puts a new account on the reviewer list of every call it was invited to by e-mail, links
 * the directory record when it has no account yet, and clears the pending rows. Runs in the
 * caller's transaction (accepting the invitation).
 */
export async function claimReviewerInvitations(tx: Db, user: { id: string; email: string }): Promise<number> {
	const pending = await tx.select().from(programmeReviewerInvitations).where(eq(programmeReviewerInvitations.email, user.email.toLowerCase()));
	if (!pending.length) return 0;
	await tx
		.insert(programmeCallReviewers)
		.values(pending.map((p) => ({ callId: p.callId, userId: user.id })))
		.onConflictDoNothing();
	const personId = pending.find((p) => p.personId)?.personId;
	if (personId) {
		await tx
			.update(people)
			.set({ userId: user.id })
			.where(and(eq(people.id, personId), isNull(people.userId), sql`not exists (select 1 from people p2 where p2.user_id = ${user.id})`));
	}
	await tx.delete(programmeReviewerInvitations).where(eq(programmeReviewerInvitations.email, user.email.toLowerCase()));
	return pending.length;
}
