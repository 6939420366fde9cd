/**
 * Suggestions for needs, with reasons in the reader's language: one need (API), the
 * open needs of a case (case page), and the open needs a person could help with
 * (person page). The network is loaded once per call.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { engagements } from '../../db/schema/intake.ts';
import { matchCapacity } from '../../db/schema/matching.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, can } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { formatReason, suggest, type MatchHistory, type MatchLabels, type MatchNeed, type MatchWeights } from '../../../domain/matching/matching.ts';
import type { SuggestionItem } from '../../../schemas/matching.ts';
import { loadHistory, loadLabels, loadNeeds, loadNetwork, loadWeights, type Network, type NeedRecord } from './matching-network.ts';

export interface MatchContext {
	network: Network;
	history: MatchHistory;
	weights: MatchWeights;
	labels: MatchLabels;
}

export async function loadMatchContext(db: Db): Promise<MatchContext> {
	const [network, history, weights, labels] = await Promise.all([loadNetwork(db), loadHistory(db), loadWeights(db), loadLabels(db)]);
	return { network, history, weights, labels };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** The engine's suggestions for one need as API items. */
export function itemsFor(context: MatchContext, need: MatchNeed, limit: number, locale: Locale, weights = context.weights): SuggestionItem[] {
	return suggest(context.network.index, need, context.history, weights, { limit }).map((s) => {
		const person = context.network.people.get(s.candidateId)!;
		return {
			person: { id: person.id, name: person.name, organisation: person.organisation },
			score: round(s.score),
			reasons: s.reasons.map((reason) => formatReason(reason, locale, context.labels))
		};
	});
}

const needView = (record: NeedRecord) => ({
	id: record.id,
	innovator: { id: record.personId, name: record.personName },
	category: record.category,
	text: record.text,
	status: record.status
});

export async function suggestForNeed(db: Db, actor: Actor, needId: string, options: { limit?: number } = {}, locale: Locale = 'nl') {
	authorize(actor, 'matching.read');
	const [found] = await loadNeeds(db, { ids: [needId] });
	if (!found) throw notFound('Need');
	const context = await loadMatchContext(db);
	return { need: needView(found.record), items: itemsFor(context, found.need, options.limit ?? 10, locale) };
}

/** The case page: suggestions per open need of the engagement. */
export async function caseSuggestions(db: Db, actor: Actor, engagementId: string, locale: Locale = 'nl', limit = 5) {
	authorize(actor, 'matching.read');
	const [engagement] = await db.select({ personId: engagements.personId }).from(engagements).where(eq(engagements.id, engagementId));
	if (!engagement) throw notFound('Engagement');
	const open = (await loadNeeds(db, { openOnly: true })).filter((n) => n.record.engagementId === engagementId);
	if (open.length === 0) return { needs: [] };
	const context = await loadMatchContext(db);
	return { needs: open.map((n) => ({ need: needView(n.record), items: itemsFor(context, n.need, limit, locale) })) };
}

/**
 * The person page: open needs of innovators this person is among the top `rank`
 * suggestions for, best score first.
 */
export async function innovatorsPersonCouldHelp(db: Db, actor: Actor, personId: string, locale: Locale = 'nl', rank = 10, limit = 10) {
	authorize(actor, 'matching.read');
	const context = await loadMatchContext(db);
	if (!context.network.people.has(personId)) return { offersSomething: false, items: [] };
	const open = await loadNeeds(db, { openOnly: true });
	const items = [];
	for (const { record, need } of open) {
		if (need.ownerId === personId) continue;
		const found = itemsFor(context, need, rank, locale).find((item) => item.person.id === personId);
		if (found) items.push({ need: { ...needView(record), engagementId: record.engagementId }, score: found.score, reasons: found.reasons });
	}
	items.sort((a, b) => b.score - a.score);
	return { offersSomething: true, items: items.slice(0, limit) };
}

/** For another area's page load: the case panel, or null when the reader may not see suggestions. */
export async function casePanel(db: Db, actor: Actor, engagementId: string, locale: Locale = 'nl') {
	return can(actor, 'matching.read') ? caseSuggestions(db, actor, engagementId, locale) : null;
}

/**
 * For the person page's load (null for readers who may not see suggestions): for an
 * innovator, suggestions per open need; for someone in the network, the innovators
 * they could help and their monthly capacity.
 */
export async function personPanel(db: Db, actor: Actor, personId: string, locale: Locale = 'nl') {
	if (!can(actor, 'matching.read')) return null;
	const [help, ownNeeds, [capacity]] = await Promise.all([
		innovatorsPersonCouldHelp(db, actor, personId, locale),
		loadNeeds(db, { openOnly: true, personId }),
		db.select().from(matchCapacity).where(eq(matchCapacity.personId, personId))
	]);
	const context = ownNeeds.length ? await loadMatchContext(db) : null;
	return {
		...help,
		personId,
		perMonth: capacity?.perMonth ?? null,
		canSetCapacity: can(actor, 'matching.settings'),
		needs: context ? ownNeeds.map((n) => ({ need: needView(n.record), items: itemsFor(context, n.need, 5, locale) })) : []
	};
}
