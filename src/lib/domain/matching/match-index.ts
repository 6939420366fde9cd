/**
 * The index the engine builds once over all candidates: inverted lists by offered
 * category and by theme, BM25 over their stemmed text, and compact per-person arrays
 * (languages as a bit mask, region, roles, organisation, helix) so that scoring one
 * need reads typed arrays instead of objects.
 */
import { analyseText, splitCompounds, type AnalysedText } from './text.ts';
import { buildBm25, type Bm25Index } from './bm25.ts';
import type { MatchCandidate, MatchRole, MatchStage } from './types.ts';

export const ROLE_BITS: Record<MatchRole, number> = {
	funder: 1,
	expert: 2,
	mentor: 4,
	networker: 8,
	peer: 16
};
const ROLES = Object.keys(ROLE_BITS) as MatchRole[];

/**
 * How well a role fits a stage, 0-1: funders for pilots and scaling, mentors and peers
 * for ideas, experts everywhere. A person with several roles gets their best fit.
 */
export const STAGE_FIT: Record<MatchRole, Record<MatchStage, number>> = {
	funder: { idea: 0.2, pilot: 1, scaling: 1 },
	mentor: { idea: 1, pilot: 0.6, scaling: 0.3 },
	expert: { idea: 0.6, pilot: 0.8, scaling: 0.8 },
	networker: { idea: 0.5, pilot: 0.7, scaling: 0.9 },
	peer: { idea: 0.9, pilot: 0.6, scaling: 0.4 }
};

/** The role a need category calls for; categories not listed call for experts. */
export const CATEGORY_ROLE: Record<string, MatchRole> = {
	funding: 'funder',
	mentoring: 'mentor',
	network: 'networker',
	'stakeholder-engagement': 'networker'
};

export function roleForCategory(category: string): MatchRole {
	return CATEGORY_ROLE[category] ?? 'expert';
}

export function rolesInMask(mask: number): MatchRole[] {
	return ROLES.filter((role) => (mask & ROLE_BITS[role]) !== 0);
}

export interface MatchIndex {
	readonly candidates: readonly MatchCandidate[];
	readonly positionOf: ReadonlyMap<string, number>;
	readonly byCategory: ReadonlyMap<string, Int32Array>;
	readonly byTheme: ReadonlyMap<string, Int32Array>;
	readonly text: Bm25Index;
	/** Bit i set: speaks the i-th language of `languageBit` (the first 30 distinct languages). */
	readonly languageMask: Int32Array;
	readonly languageBit: ReadonlyMap<string, number>;
	/** Region id per candidate, −1 when unknown. */
	readonly regionId: Int32Array;
	readonly regionIds: ReadonlyMap<string, number>;
	readonly roleMask: Uint8Array;
	/** Best STAGE_FIT over the candidate's roles, per stage. */
	readonly stageFit: Record<MatchStage, Float64Array>;
	/** Organisation id per candidate, −1 when none (people without an organisation never collide). */
	readonly organisationId: Int32Array;
	/** Helix id per candidate, −1 when unknown. */
	readonly helixId: Int32Array;
	/** Monthly introduction capacity per candidate, −1 when unlimited. */
	readonly perMonth: Int32Array;
	readonly openIntroductions: Int32Array;
	/**
	 * Scratch buffers for one query at a time (queries are synchronous, so this is safe
	 * in one JS thread); every query leaves them zeroed.
	 */
	readonly scratch: {
		bm25: Float64Array;
		categoryHits: Uint8Array;
		themeHits: Uint8Array;
		/** Candidates reached by the current query. */
		touched: Int32Array;
		/** The scored candidates of the current query: positions, scores, tiers. */
		docs: Int32Array;
		scores: Float64Array;
		priorities: Uint8Array;
		/** Work space for selecting the ranked prefix. */
		selection: Float64Array;
	};
}

function intern(map: Map<string, number>, key: string): number {
	let id = map.get(key);
	if (id === undefined) {
		id = map.size;
		map.set(key, id);
	}
	return id;
}

function postings(lists: Map<string, number[]>): Map<string, Int32Array> {
	return new Map([...lists].map(([key, docs]) => [key, Int32Array.from(docs)]));
}

/**
 * Adds the parts of Dutch compounds in profiles, when both parts occur as words in some
 * profile, so that a need saying "armoede bij kinderen" finds "kinderarmoede".
 */
function withCompoundParts(analysed: readonly AnalysedText[]): AnalysedText[] {
	const vocabulary = new Set<string>();
	for (const a of analysed) for (const stem of a.stems) vocabulary.add(stem);
	const cache = new Map<string, readonly string[]>();
	return analysed.map((a) => splitCompounds(a, vocabulary, { splitKnownWords: true, cache }));
}

/**
 * Builds the index. Candidate ids must be unique (a duplicate throws): suggestions and
 * history are keyed by id. Category and theme lists hold each candidate once, ascending.
 */
export function buildMatchIndex(candidates: readonly MatchCandidate[]): MatchIndex {
	const n = candidates.length;
	const positionOf = new Map<string, number>();
	const categories = new Map<string, number[]>();
	const themes = new Map<string, number[]>();
	const languageBit = new Map<string, number>();
	const regionIds = new Map<string, number>();
	const organisationIds = new Map<string, number>();
	const helixIds = new Map<string, number>();
	const languageMask = new Int32Array(n);
	const regionId = new Int32Array(n).fill(-1);
	const roleMask = new Uint8Array(n);
	const organisationId = new Int32Array(n).fill(-1);
	const helixId = new Int32Array(n).fill(-1);
	const perMonth = new Int32Array(n).fill(-1);
	const openIntroductions = new Int32Array(n);
	const stageFit = {
		idea: new Float64Array(n),
		pilot: new Float64Array(n),
		scaling: new Float64Array(n)
	};
	const analysed: AnalysedText[] = [];

	candidates.forEach((candidate, i) => {
		if (positionOf.has(candidate.id)) throw new Error(`duplicate candidate id '${candidate.id}'`);
		positionOf.set(candidate.id, i);
		for (const key of new Set(candidate.offers)) {
			if (!categories.has(key)) categories.set(key, []);
			categories.get(key)!.push(i);
		}
		for (const key of new Set(candidate.themes)) {
			if (!themes.has(key)) themes.set(key, []);
			themes.get(key)!.push(i);
		}
		for (const language of candidate.languages) {
			const bit = intern(languageBit, language.toLowerCase());
			if (bit < 30) languageMask[i] |= 1 << bit;
		}
		if (candidate.region) regionId[i] = intern(regionIds, candidate.region.toLowerCase());
		if (candidate.organisationId)
			organisationId[i] = intern(organisationIds, candidate.organisationId);
		if (candidate.helix) helixId[i] = intern(helixIds, candidate.helix);
		for (const role of candidate.roles) roleMask[i] |= ROLE_BITS[role];
		if (candidate.capacity.perMonth !== undefined) perMonth[i] = candidate.capacity.perMonth;
		openIntroductions[i] = candidate.capacity.openIntroductions;
		for (const stage of ['idea', 'pilot', 'scaling'] as const) {
			stageFit[stage][i] = Math.max(0, ...candidate.roles.map((role) => STAGE_FIT[role][stage]));
		}
		const fallback = candidate.languages[0]?.toLowerCase();
		analysed.push(
			analyseText(candidate.text, fallback === 'fr' || fallback === 'en' ? fallback : 'nl')
		);
	});

	return {
		candidates,
		positionOf,
		byCategory: postings(categories),
		byTheme: postings(themes),
		text: buildBm25(withCompoundParts(analysed).map((a) => a.stems)),
		languageMask,
		languageBit,
		regionId,
		regionIds,
		roleMask,
		stageFit,
		organisationId,
		helixId,
		perMonth,
		openIntroductions,
		scratch: {
			bm25: new Float64Array(n),
			touched: new Int32Array(n),
			docs: new Int32Array(n),
			scores: new Float64Array(n),
			priorities: new Uint8Array(n),
			selection: new Float64Array(n),
			categoryHits: new Uint8Array(n),
			themeHits: new Uint8Array(n)
		}
	};
}
