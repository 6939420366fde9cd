/**
 * Staff decide on a suggestion: dismiss it with a reason (the pair never comes back;
 * the reason is reported and teaches the engine), or accept it, which proposes the
 * introduction through the intake area's proposeIntroduction.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { matchDismissals } from '../../db/schema/matching.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { notFound, ValidationError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { AcceptSuggestionSchema, DismissSuggestionSchema } from '../../../schemas/matching.ts';
import { proposeIntroduction } from '../introductions/propose-introduction.ts';
import { loadNeeds } from './matching-network.ts';

async function needOf(db: Db, needId: string) {
	const [found] = await loadNeeds(db, { ids: [needId] });
	if (!found) throw notFound('Need');
	return found;
}

export async function dismissSuggestion(
	db: Db,
	actor: Actor,
	needId: string,
	input: z.input<typeof DismissSuggestionSchema>,
	locale: Locale = 'nl'
): Promise<{ id: string }> {
	authorize(actor, 'matching.decide');
	const data = parseInput(DismissSuggestionSchema, input, locale);
	const { record, need } = await needOf(db, needId);
	if (data.person === record.personId) throw new ValidationError({ person: ['This is the innovator themself'] });
	return db.transaction(async (tx) => {
		const values = {
			needId,
			innovatorId: record.personId,
			personId: data.person,
			reason: data.reason,
			note: data.note,
			categories: need.categories,
			themes: need.themes,
			dismissedBy: actorUserId(actor),
			dismissedAt: new Date()
		};
		let row;
		try {
			[row] = await tx
				.insert(matchDismissals)
				.values(values)
				.onConflictDoUpdate({
					target: [matchDismissals.innovatorId, matchDismissals.personId],
					set: { needId, reason: data.reason, note: data.note, categories: need.categories, themes: need.themes, dismissedBy: values.dismissedBy, dismissedAt: sql`now()` }
				})
				.returning();
		} catch (error) {
			if (String((error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23503') {
				throw new ValidationError({ person: ['Unknown person'] });
			}
			throw error;
		}
		await recordAudit(tx, actor, { action: 'matching.dismiss', subjectType: 'need', subjectId: needId, after: row });
		return { id: row.id };
	});
}

export async function acceptSuggestion(
	db: Db,
	actor: Actor,
	needId: string,
	input: z.input<typeof AcceptSuggestionSchema>,
	locale: Locale = 'nl'
): Promise<{ id: string; status: string }> {
	authorize(actor, 'matching.decide');
	const data = parseInput(AcceptSuggestionSchema, input, locale);
	const { record } = await needOf(db, needId);
	return proposeIntroduction(db, actor, { innovator: record.personId, person: data.person, need: needId, note: data.note, send: data.send }, locale);
}
