/**
 * One party answers the opt-in through their link (no login). A link works once and
 * expires. When both accepted, they are put in touch: each gets the other's contact
 * details in their own language. A decline ends the introduction; the staff owner hears
 * of both in their digest. Both rows are locked, so two answers at once are counted right.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { introductionResponses, introductions, reminders } from '../../db/schema/intake.ts';
import { FOLLOW_UPS } from './send-introduction.ts';
import { systemActor } from '../../auth/actor.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../../auth/crypto.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { enqueueEmail } from '../email/enqueue-email.ts';
import { translate } from '../../../i18n/index.ts';
import { addTimeline, peopleByIds, personLocale } from '../intake/intake-records.ts';
import { notify } from './notify.ts';

const publicActor = systemActor('public');

/** The response row of a token, or link errors: not_found, link_used, link_expired. */
async function findResponse(db: Db, token: string, now: Date, lock: boolean) {
	const query = db.select().from(introductionResponses).where(eq(introductionResponses.tokenHash, hashToken(token)));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new AppError('not_found', 'This link is not valid');
	if (row.answeredAt) throw new AppError('link_used', 'This link has already been used', { answer: row.answer });
	if (row.expiresAt.getTime() <= now.getTime()) throw new AppError('link_expired', 'This link has expired');
	return row;
}

/** What the opt-in page shows before the person answers. */
export async function describeIntroduction(db: Db, token: string, now: Date = new Date()) {
	const response = await findResponse(db, token, now, false);
	const [intro] = await db.select().from(introductions).where(eq(introductions.id, response.introductionId));
	const found = await peopleByIds(db, [intro.innovatorId, intro.personId]);
	const self = found.get(response.party === 'innovator' ? intro.innovatorId : intro.personId)!;
	const other = found.get(response.party === 'innovator' ? intro.personId : intro.innovatorId)!;
	return { name: self.displayName, other: other.displayName, note: intro.note, status: intro.status };
}

export async function answerIntroduction(
	db: Db,
	token: string,
	answer: 'accepted' | 'declined',
	now: Date = new Date()
): Promise<{ status: string }> {
	return db.transaction(async (tx) => {
		const first = await findResponse(tx, token, now, false);
		const [intro] = await tx.select().from(introductions).where(eq(introductions.id, first.introductionId)).for('update');
		const response = await findResponse(tx, token, now, true);
		await tx
			.update(introductionResponses)
			.set({ answer, answeredAt: now })
			.where(and(eq(introductionResponses.introductionId, intro.id), eq(introductionResponses.party, response.party)));
		const all = await tx.select().from(introductionResponses).where(eq(introductionResponses.introductionId, intro.id));
		const found = await peopleByIds(tx, [intro.innovatorId, intro.personId]);
		const innovator = found.get(intro.innovatorId)!;
		const other = found.get(intro.personId)!;
		let status = intro.status;
		if (intro.status === 'sent' && answer === 'declined') status = 'declined';
		if (intro.status === 'sent' && all.length === 2 && all.every((r) => r.answer === 'accepted')) status = 'accepted';
		if (status !== intro.status) {
			await tx
				.update(introductions)
				.set({ status, version: intro.version + 1, ...(status === 'accepted' ? { acceptedAt: now } : {}) })
				.where(eq(introductions.id, intro.id));
			if (status === 'accepted') {
				await tx
					.insert(reminders)
					.values(
						FOLLOW_UPS.map((f) => ({
							kind: 'introduction_followup',
							subjectId: intro.id,
							step: f.step,
							ownerUserId: intro.ownerUserId,
							dueAt: new Date(now.getTime() + f.afterMs)
						}))
					)
					.onConflictDoNothing();
			}
			const link = intro.engagementId ? `/cases/${intro.engagementId}` : undefined;
			const summaryKey = status === 'accepted' ? 'intake.tlIntroAccepted' : 'intake.tlIntroDeclined';
			for (const [self, counterpart] of [
				[innovator, other],
				[other, innovator]
			]) {
				await addTimeline(tx, publicActor, {
					personId: self.id,
					kind: `introduction.${status}`,
					summaryKey,
					params: { name: counterpart.displayName },
					link,
					at: now,
					public: true
				});
				if (status === 'accepted' && self.email) {
					const to = personLocale(self.locale);
					await enqueueEmail(tx, {
						to: self.email,
						kind: 'introduction.connected',
						subject: translate(to, 'intake.connectedSubject', { name: counterpart.displayName }),
						text: translate(to, 'intake.connectedBody', {
							name: self.displayName,
							other: counterpart.displayName,
							email: counterpart.email ?? '',
							phone: counterpart.phone ?? '',
							note: intro.note
						})
					});
				}
			}
			await notify(tx, intro.ownerUserId, {
				kind: `introduction.${status}`,
				summaryKey: status === 'accepted' ? 'intake.notifyAccepted' : 'intake.notifyDeclined',
				params: { innovator: innovator.displayName, other: other.displayName },
				link,
				at: now
			});
		}
		await recordAudit(tx, publicActor, {
			action: 'introduction.answer',
			subjectType: 'introduction',
			subjectId: intro.id,
			before: { status: intro.status },
			after: { party: response.party, answer, status }
		});
		return { status };
	});
}
