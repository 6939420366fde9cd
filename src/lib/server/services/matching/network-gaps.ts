/**
 * Network gaps: open needs without a good match in the network, counted by category
 * (to guide recruiting new chancegivers), and the report of dismissal reasons.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import type { Locale } from '../../../i18n/core.ts';
import { reportDismissals, suggest } from '../../../domain/matching/matching.ts';
import type { NetworkGaps } from '../../../schemas/matching.ts';
import { loadNeeds } from './matching-network.ts';
import { loadMatchContext } from './suggest-for-need.ts';

/** A need whose best suggestion scores below this has no good match (0-1 scale). */
export const GOOD_MATCH_SCORE = 0.4;

export async function networkGaps(db: Db, actor: Actor, locale: Locale = 'nl'): Promise<NetworkGaps> {
	authorize(actor, 'matching.read');
	const [context, open] = await Promise.all([loadMatchContext(db), loadNeeds(db, { openOnly: true })]);
	const byCategory = new Map<string, { open: number; withoutGoodMatch: number }>();
	const gaps: NetworkGaps['needs'] = [];
	for (const { record, need } of open) {
		const [best] = suggest(context.network.index, need, context.history, context.weights, { limit: 1 });
		const entry = byCategory.get(record.category) ?? { open: 0, withoutGoodMatch: 0 };
		entry.open++;
		if (!best || best.score < GOOD_MATCH_SCORE) {
			entry.withoutGoodMatch++;
			gaps.push({
				id: record.id,
				innovator: { id: record.personId, name: record.personName },
				engagementId: record.engagementId,
				category: record.category,
				text: record.text,
				bestScore: best ? Math.round(best.score * 1000) / 1000 : null
			});
		}
		byCategory.set(record.category, entry);
	}
	const report = reportDismissals(context.history, 10);
	const ids = report.mostDismissed.map((m) => m.candidateId);
	const names = new Map(
		(ids.length ? await db.select({ id: people.id, name: people.displayName }).from(people).where(inArray(people.id, ids)) : []).map((p) => [p.id, p.name])
	);
	return {
		goodScore: GOOD_MATCH_SCORE,
		byCategory: [...byCategory]
			.map(([category, counts]) => ({ category, label: context.labels('category', category, locale), ...counts }))
			.sort((a, b) => b.withoutGoodMatch - a.withoutGoodMatch || b.open - a.open || a.category.localeCompare(b.category)),
		needs: gaps,
		dismissals: {
			total: report.total,
			byReason: report.byReason,
			mostDismissed: report.mostDismissed.map((m) => ({ id: m.candidateId, name: names.get(m.candidateId) ?? m.candidateId, count: m.count }))
		}
	};
}
