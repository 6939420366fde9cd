/**
 * Pair scores for the day from the matching engine (scorePairs): a case's question,
 * needs and themes against each chancegiver's role, offers and themes. With at most
 * EVERY_PAIR_LIMIT pairs every pair is listed (floor score 1), so a case whose words
 * match nobody still gets meetings; matching decides who comes first (decision 081).
 */
import { DEFAULT_MATCH_WEIGHTS, EMPTY_HISTORY, scorePairs, type MatchCandidate, type MatchNeed } from '../matching/matching.ts';

export const EVERY_PAIR_LIMIT = 50_000;

export interface ScoredParticipant {
	id: string;
	name: string;
	side: 'innovator' | 'chancegiver';
	question: string;
	categories: readonly string[];
	themes: readonly string[];
	role: 'funder' | 'expert' | 'mentor' | 'networker' | null;
	locale: string;
}

export function needOf(p: ScoredParticipant): MatchNeed {
	return {
		id: p.id,
		ownerId: p.id,
		categories: p.categories.slice(0, 12),
		themes: p.themes.slice(0, 20),
		text: p.question.slice(0, 10_000),
		stage: 'pilot',
		languages: [p.locale]
	};
}

export function candidateOf(p: ScoredParticipant): MatchCandidate {
	return {
		id: p.id,
		name: p.name,
		roles: [p.role ?? 'expert'],
		offers: [...p.categories],
		themes: [...p.themes],
		text: [...p.categories, ...p.themes].join(' '),
		languages: [p.locale],
		capacity: { openIntroductions: 0 }
	};
}

/** [innovatorId, chancegiverId, score]: matching scores 1–100, plus 1 for every other pair when the day is small enough. */
export function matchScores(
	innovators: readonly ScoredParticipant[],
	chancegivers: readonly ScoredParticipant[]
): [string, string, number][] {
	if (innovators.length === 0 || chancegivers.length === 0) return [];
	const scored = scorePairs(innovators.map(needOf), chancegivers.map(candidateOf), EMPTY_HISTORY, DEFAULT_MATCH_WEIGHTS, {
		threshold: 1
	});
	if (innovators.length * chancegivers.length > EVERY_PAIR_LIMIT) return scored.map(([i, c, s]) => [i, c, s]);
	const byPair = new Map(scored.map(([i, c, s]) => [`${i}|${c}`, s]));
	const all: [string, string, number][] = [];
	for (const i of innovators) {
		for (const c of chancegivers) all.push([i.id, c.id, byPair.get(`${i.id}|${c.id}`) ?? 1]);
	}
	return all;
}
