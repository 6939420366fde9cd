/**
 * Sends the double opt-in: each party gets an e-mail in their own language with a link
 * (a random token; its SHA-256 is stored) to accept or decline, valid for 30 days. The
 * staff owner's follow-up reminders are planned when both have accepted (answer-introduction).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { introductionResponses, introductions } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { generateToken, hashToken } from '../../auth/crypto.ts';
import { publicOrigin } from '../../config.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import { peopleByIds, personLocale } from '../intake/intake-records.ts';

export const OPT_IN_LIFETIME_MS = 30 * 24 * 3600 * 1000;
const DAY = 24 * 3600 * 1000;
/** The staff owner is asked for the outcome 3 weeks and again 3 months after both accepted. */
export const FOLLOW_UPS = [
	{ step: '3w', afterMs: 21 * DAY },
	{ step: '3m', afterMs: 91 * DAY }
];

export async function sendIntroduction(
	db: Db,
	actor: Actor,
	input: { introductionId: string },
	now: Date = new Date()
): Promise<{ id: string; status: string }> {
	authorize(actor, 'introductions.manage');
	return db.transaction(async (tx) => {
		const [intro] = await tx.select().from(introductions).where(eq(introductions.id, input.introductionId)).for('update');
		if (!intro) throw notFound('Introduction');
		if (intro.status !== 'proposed') throw new AppError('invalid_state', `The introduction is already ${intro.status}`);
		const found = await peopleByIds(tx, [intro.innovatorId, intro.personId]);
		const innovator = found.get(intro.innovatorId)!;
		const other = found.get(intro.personId)!;
		if (!innovator.email || !other.email) {
			throw new AppError('unprocessable', 'Both people need an e-mail address for the opt-in', {
				fields: { person: ['No e-mail address'] }
			});
		}
		const parties = [
			{ party: 'innovator', person: innovator, counterpart: other },
			{ party: 'other', person: other, counterpart: innovator }
		] as const;
		for (const { party, person, counterpart } of parties) {
			const token = generateToken('in_');
			await tx.insert(introductionResponses).values({
				introductionId: intro.id,
				party,
				tokenHash: hashToken(token),
				expiresAt: new Date(now.getTime() + OPT_IN_LIFETIME_MS)
			});
			const to = personLocale(person.locale);
			await enqueueEmail(tx, {
				to: person.email!,
				kind: 'introduction.optin',
				subject: translate(to, 'intake.introSubject', { name: counterpart.displayName }),
				text: translate(to, 'intake.introBody', {
					name: person.displayName,
					other: counterpart.displayName,
					note: intro.note,
					link: `${publicOrigin()}/intro/${token}`
				})
			});
		}
		await tx
			.update(introductions)
			.set({ status: 'sent', sentAt: now, version: intro.version + 1 })
			.where(eq(introductions.id, intro.id));
		await recordAudit(tx, actor, {
			action: 'introduction.send',
			subjectType: 'introduction',
			subjectId: intro.id,
			before: { status: intro.status },
			after: { status: 'sent' }
		});
		return { id: intro.id, status: 'sent' };
	});
}
