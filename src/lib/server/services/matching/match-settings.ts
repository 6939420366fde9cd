/**
 * The weights staff tune (settings 'matching.weights'), with a preview of how the top
 * suggestions of a sample need change before saving; and a person's monthly capacity.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { settings } from '../../db/schema/core.ts';
import { matchCapacity } from '../../db/schema/matching.ts';
import { people } from '../../db/schema/people.ts';
import { notFound } from '../../errors.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '../../../domain/matching/matching.ts';
import { MatchWeightsSchema } from '../../../schemas/matching.ts';
import { loadNeeds, loadWeights, WEIGHTS_KEY } from './matching-network.ts';
import { itemsFor, loadMatchContext } from './suggest-for-need.ts';

export async function readWeights(db: Db, actor: Actor) {
	authorize(actor, 'matching.settings');
	return { weights: await loadWeights(db), defaults: DEFAULT_MATCH_WEIGHTS };
}

export async function saveWeights(db: Db, actor: Actor, input: unknown, locale: Locale = 'nl'): Promise<MatchWeights> {
	authorize(actor, 'matching.settings');
	const weights = parseInput(MatchWeightsSchema, input, locale);
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(settings).where(eq(settings.key, WEIGHTS_KEY));
		await tx
			.insert(settings)
			.values({ key: WEIGHTS_KEY, value: weights, updatedBy: actorUserId(actor) })
			.onConflictDoUpdate({ target: settings.key, set: { value: weights, updatedAt: new Date(), updatedBy: actorUserId(actor) } });
		await recordAudit(tx, actor, { action: 'matching.weights', subjectType: 'settings', subjectId: null, before: before?.value, after: weights });
	});
	return weights;
}

/**
 * The top suggestions of a sample need (the given one, else the open need with the
 * most candidates) under the saved and the proposed weights, side by side.
 */
export async function previewWeights(db: Db, actor: Actor, proposedInput: unknown, sampleNeedId: string | undefined, locale: Locale = 'nl', limit = 10) {
	authorize(actor, 'matching.settings');
	const proposed = parseInput(MatchWeightsSchema, proposedInput, locale);
	const [context, open] = await Promise.all([loadMatchContext(db), loadNeeds(db, { openOnly: true })]);
	const samples = open.map((n) => ({ id: n.record.id, label: `${n.record.personName} · ${n.record.category}${n.record.text ? ` · ${n.record.text.slice(0, 60)}` : ''}` }));
	let sample = open.find((n) => n.record.id === sampleNeedId);
	if (!sample) {
		let most = -1;
		for (const n of open) {
			const count = itemsFor(context, n.need, limit, locale).length;
			if (count > most) [most, sample] = [count, n];
		}
	}
	if (!sample) return { samples, sampleId: null, before: [], after: [] };
	const before = itemsFor(context, sample.need, limit, locale);
	const after = itemsFor(context, sample.need, limit, locale, proposed);
	return { samples, sampleId: sample.record.id, before, after };
}

export const CapacitySchema = z.object({ person: z.uuid(), perMonth: z.coerce.number().int().min(0).max(100).nullable() });

/** Sets (or, with null, removes) how many introductions a month a person accepts. */
export async function setCapacity(db: Db, actor: Actor, input: z.input<typeof CapacitySchema>, locale: Locale = 'nl') {
	authorize(actor, 'matching.settings');
	const data = parseInput(CapacitySchema, input, locale);
	const [person] = await db.select({ id: people.id }).from(people).where(eq(people.id, data.person));
	if (!person) throw notFound('Person');
	await db.transaction(async (tx) => {
		if (data.perMonth === null) await tx.delete(matchCapacity).where(eq(matchCapacity.personId, data.person));
		else
			await tx
				.insert(matchCapacity)
				.values({ personId: data.person, perMonth: data.perMonth, updatedBy: actorUserId(actor) })
				.onConflictDoUpdate({ target: matchCapacity.personId, set: { perMonth: data.perMonth, updatedBy: actorUserId(actor), updatedAt: new Date() } });
		await recordAudit(tx, actor, { action: 'matching.capacity', subjectType: 'person', subjectId: data.person, after: data });
	});
	return { person: data.person, perMonth: data.perMonth };
}
