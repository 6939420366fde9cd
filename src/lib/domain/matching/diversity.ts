/**
 * The diversity rule: the top of a suggestion list should not be ten people from one
 * organisation or one helix position when others are nearly as good.
 *
 * Greedy, in ranking order: the best remaining candidate is taken unless it would push
 * its organisation past `maxPerOrganisation` or its helix past `maxPerHelix`; then the
 * best remaining candidate that stays within both caps is taken instead, provided it
 * is in the same priority tier and scores at least (best − tolerance). Otherwise the
 * best one is taken anyway: diversity never costs more than `tolerance` per position.
 */
import type { ScoredCandidate } from './score.ts';

export interface DiversityGroups {
	/** Organisation id per candidate position, −1 for none (never capped). */
	organisationId: ArrayLike<number>;
	/** Helix id per candidate position, −1 for unknown (never capped). */
	helixId: ArrayLike<number>;
}

export interface DiversityRule {
	maxPerOrganisation: number;
	maxPerHelix: number;
	tolerance: number;
}

/**
 * Picks up to `limit` candidates from `ranked` (already in ranking order: priority
 * tier, then score, descending). Invariants, checked by property tests:
 * - the result is a subset of `ranked` without repeats, of length min(limit, ranked.length);
 * - whenever a pick exceeds a cap, no unpicked in-cap candidate of its tier scored
 *   within `tolerance` of it;
 * - when a pick skips a better candidate, the skipped one scores at most `tolerance` more.
 */
export function diversify(
	ranked: readonly ScoredCandidate[],
	limit: number,
	groups: DiversityGroups,
	rule: DiversityRule
): ScoredCandidate[] {
	const picked: ScoredCandidate[] = [];
	const taken = new Uint8Array(ranked.length);
	const perOrganisation = new Map<number, number>();
	const perHelix = new Map<number, number>();
	const withinCaps = (candidate: ScoredCandidate) => {
		const organisation = groups.organisationId[candidate.index];
		const helix = groups.helixId[candidate.index];
		return (
			(organisation < 0 || (perOrganisation.get(organisation) ?? 0) < rule.maxPerOrganisation) &&
			(helix < 0 || (perHelix.get(helix) ?? 0) < rule.maxPerHelix)
		);
	};
	let head = 0;
	while (picked.length < limit) {
		while (head < ranked.length && taken[head]) head++;
		if (head >= ranked.length) break;
		const best = ranked[head];
		let choice = head;
		if (!withinCaps(best)) {
			for (let j = head + 1; j < ranked.length; j++) {
				const next = ranked[j];
				if (next.priority !== best.priority || next.score < best.score - rule.tolerance) break;
				if (!taken[j] && withinCaps(next)) {
					choice = j;
					break;
				}
			}
		}
		taken[choice] = 1;
		const chosen = ranked[choice];
		picked.push(chosen);
		const organisation = groups.organisationId[chosen.index];
		const helix = groups.helixId[chosen.index];
		if (organisation >= 0)
			perOrganisation.set(organisation, (perOrganisation.get(organisation) ?? 0) + 1);
		if (helix >= 0) perHelix.set(helix, (perHelix.get(helix) ?? 0) + 1);
	}
	return picked;
}
