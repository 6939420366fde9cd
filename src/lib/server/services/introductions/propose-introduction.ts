/**
 * Proposes an introduction between an innovator and a chancegiver, peer, partner or
 * organisation contact, tied to the need it answers. It stays `proposed` until the
 * double opt-in e-mails go out (sendIntroduction), right away when `send` is set.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { engagements, introductions, needs, reviewItems } from '../../db/schema/intake.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { ProposeIntroductionSchema } from '../../../schemas/intake.ts';
import { addTimeline, peopleByIds } from '../intake/intake-records.ts';
import { sendIntroduction } from './send-introduction.ts';

export async function proposeIntroduction(
	db: Db,
	actor: Actor,
	input: z.input<typeof ProposeIntroductionSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<{ id: string; status: string }> {
	authorize(actor, 'introductions.manage');
	const data = parseInput(ProposeIntroductionSchema, input, locale);
	if (data.innovator === data.person) {
		throw new ValidationError({ person: ['An innovator cannot be introduced to themself'] });
	}
	const result = await db.transaction(async (tx) => {
		const found = await peopleByIds(tx, [data.innovator, data.person]);
		if (!found.has(data.innovator)) throw new ValidationError({ innovator: ['Unknown person'] });
		if (!found.has(data.person)) throw new ValidationError({ person: ['Unknown person'] });
		let engagementId: string | null = null;
		if (data.need) {
			const [need] = await tx.select().from(needs).where(eq(needs.id, data.need));
			if (!need || need.personId !== data.innovator) {
				throw new ValidationError({ need: ['This need is not one of the innovator’s'] });
			}
			engagementId = need.engagementId;
		}
		let reviewItemId: string | null = null;
		if (data.reviewItem) {
			const [item] = await tx
				.select({ id: reviewItems.id, engagementId: reviewItems.engagementId, personId: engagements.personId })
				.from(reviewItems)
				.innerJoin(engagements, eq(engagements.id, reviewItems.engagementId))
				.where(eq(reviewItems.id, data.reviewItem));
			if (!item || item.personId !== data.innovator) {
				throw new ValidationError({ reviewItem: ['This review item is not about the innovator'] });
			}
			reviewItemId = item.id;
			engagementId ??= item.engagementId;
		}
		if (!engagementId) {
			const [open] = await tx
				.select({ id: engagements.id })
				.from(engagements)
				.where(and(eq(engagements.personId, data.innovator), inArray(engagements.state, ['active', 'paused', 'intake_planned', 'requested'])))
				.orderBy(desc(engagements.requestedAt))
				.limit(1);
			engagementId = open?.id ?? null;
		}
		const [row] = await tx
			.insert(introductions)
			.values({
				innovatorId: data.innovator,
				personId: data.person,
				needId: data.need ?? null,
				engagementId,
				reviewItemId,
				note: data.note,
				ownerUserId: actorUserId(actor),
				proposedAt: now
			})
			.returning();
		const other = found.get(data.person)!;
		await addTimeline(tx, actor, {
			personId: data.innovator,
			kind: 'introduction.proposed',
			summaryKey: 'intake.tlIntroProposed',
			params: { name: other.displayName },
			link: engagementId ? `/cases/${engagementId}` : undefined,
			at: now
		});
		await recordAudit(tx, actor, { action: 'introduction.propose', subjectType: 'introduction', subjectId: row.id, after: row });
		return row;
	});
	if (!data.send) return { id: result.id, status: 'proposed' };
	try {
		return await sendIntroduction(db, actor, { introductionId: result.id }, now);
	} catch (error) {
		if (error instanceof AppError) return { id: result.id, status: 'proposed' };
		throw error;
	}
}
