/**
 * After the meeting: mark it met, or record its outcome (funding obtained and amount,
 * advice, partnership, nothing). Outcomes show on both people's timelines; the pending
 * follow-up reminders are cancelled; a useful outcome marks the need met.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { introductions, needs, reminders } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { RecordOutcomeSchema } from '../../../schemas/intake.ts';
import { addTimeline, peopleByIds } from '../intake/intake-records.ts';

async function lockIntroduction(tx: Db, id: string, version: number) {
	const [intro] = await tx.select().from(introductions).where(eq(introductions.id, id)).for('update');
	if (!intro) throw notFound('Introduction');
	if (intro.version !== version) {
		throw new AppError('version_conflict', 'This introduction was changed by someone else; reload it', { currentVersion: intro.version });
	}
	return intro;
}

export async function markIntroductionMet(
	db: Db,
	actor: Actor,
	input: { introductionId: string; version: number },
	now: Date = new Date()
): Promise<{ version: number }> {
	authorize(actor, 'introductions.manage');
	return db.transaction(async (tx) => {
		const intro = await lockIntroduction(tx, input.introductionId, input.version);
		if (intro.status !== 'accepted') throw new AppError('invalid_state', 'Only an accepted introduction can have met');
		await tx.update(introductions).set({ status: 'met', metAt: now, version: intro.version + 1 }).where(eq(introductions.id, intro.id));
		await recordAudit(tx, actor, { action: 'introduction.met', subjectType: 'introduction', subjectId: intro.id, before: { status: intro.status }, after: { status: 'met' } });
		return { version: intro.version + 1 };
	});
}

export async function recordIntroductionOutcome(
	db: Db,
	actor: Actor,
	input: z.input<typeof RecordOutcomeSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ version: number }> {
	authorize(actor, 'introductions.manage');
	const data = parseInput(RecordOutcomeSchema, input, locale);
	return db.transaction(async (tx) => {
		const intro = await lockIntroduction(tx, data.introductionId, data.version);
		if (!['accepted', 'met', 'outcome_recorded'].includes(intro.status)) {
			throw new AppError('invalid_state', 'The introduction has not been accepted');
		}
		const amountCents = data.outcome === 'funding' && data.amountEuros !== undefined ? Math.round(data.amountEuros * 100) : null;
		await tx
			.update(introductions)
			.set({
				status: 'outcome_recorded',
				outcome: data.outcome,
				fundingAmountCents: amountCents,
				outcomeNote: data.note || null,
				outcomeAt: now,
				metAt: intro.metAt ?? now,
				version: intro.version + 1
			})
			.where(eq(introductions.id, intro.id));
		await tx
			.update(reminders)
			.set({ cancelledAt: now })
			.where(and(eq(reminders.kind, 'introduction_followup'), eq(reminders.subjectId, intro.id), isNull(reminders.firedAt)));
		if (intro.needId && data.outcome !== 'nothing') {
			await tx.update(needs).set({ status: 'met', closedAt: now }).where(and(eq(needs.id, intro.needId), eq(needs.status, 'open')));
		}
		const found = await peopleByIds(tx, [intro.innovatorId, intro.personId]);
		for (const [self, other] of [
			[intro.innovatorId, intro.personId],
			[intro.personId, intro.innovatorId]
		]) {
			await addTimeline(tx, actor, {
				personId: self,
				kind: 'introduction.outcome',
				summaryKey: 'intake.tlIntroOutcome',
				params: { name: found.get(other)!.displayName, outcome: data.outcome },
				link: intro.engagementId ? `/cases/${intro.engagementId}` : undefined,
				at: now
			});
		}
		await recordAudit(tx, actor, {
			action: 'introduction.outcome',
			subjectType: 'introduction',
			subjectId: intro.id,
			before: { status: intro.status },
			after: { status: 'outcome_recorded', outcome: data.outcome, fundingAmountCents: amountCents }
		});
		return { version: intro.version + 1 };
	});
}
