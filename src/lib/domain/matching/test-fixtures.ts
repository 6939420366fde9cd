/** Builders for the matching tests: a need and a candidate with sensible defaults. */
import type { MatchCandidate, MatchHistory, MatchNeed } from './types.ts';

export function aNeed(overrides: Partial<MatchNeed> = {}): MatchNeed {
	return {
		id: 'need-1',
		ownerId: 'innovator-1',
		categories: ['legal'],
		themes: ['poverty'],
		text: 'Wij zoeken juridisch advies over de statuten van onze vzw voor de sociale kruidenier.',
		stage: 'pilot',
		languages: ['nl'],
		region: 'ghent',
		...overrides
	};
}

export function aCandidate(id: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate {
	return {
		id,
		name: `Person ${id}`,
		roles: ['expert'],
		offers: ['legal'],
		themes: ['poverty'],
		text: 'Advocaat, ik help vzw’s met statuten en contracten, vooral rond armoede en de sociale kruidenier.',
		languages: ['nl'],
		region: 'antwerp',
		capacity: { openIntroductions: 0 },
		...overrides
	};
}

export function aHistory(overrides: Partial<MatchHistory> = {}): MatchHistory {
	return { introduced: [], declined: [], dismissed: [], feedback: [], ...overrides };
}
