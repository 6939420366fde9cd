import { DISMISS_REASONS } from '../../schemas/matching.ts';
import { chance, pick, type Rng } from './seeded-random.ts';
import type { SyntheticNetwork } from './synthetic-network.ts';
import type { MatchHistory } from './types.ts';

/**
 * A plausible history for a generated network: per need a few earlier introductions,
 * a declined and a dismissed pair, and ratings for about a third of the people. Used
 * by the benchmark so that timings include the history lookups.
 */
export function generateHistory(rng: Rng, network: SyntheticNetwork): MatchHistory {
	const ids = network.candidates.map((c) => c.id);
	const history: MatchHistory = { introduced: [], declined: [], dismissed: [], feedback: [] };
	if (ids.length === 0) return history;
	for (const need of network.needs) {
		const ownerId = need.ownerId;
		for (let i = 0; i < 3; i++)
			history.introduced.push({
				ownerId,
				candidateId: pick(rng, ids),
				count: 1 + Math.floor(rng() * 2)
			});
		history.declined.push({ ownerId, candidateId: pick(rng, ids) });
		history.dismissed.push({
			ownerId,
			candidateId: pick(rng, ids),
			reason: pick(rng, DISMISS_REASONS)
		});
	}
	for (const id of ids) {
		if (!chance(rng, 0.3)) continue;
		const ratings = 1 + Math.floor(rng() * 4);
		for (let i = 0; i < ratings; i++)
			history.feedback.push({
				ownerId: 'innovator-0',
				candidateId: id,
				rating: 1 + Math.floor(rng() * 5)
			});
	}
	return history;
}
