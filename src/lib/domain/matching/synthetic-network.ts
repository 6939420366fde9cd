/**
 * Seeded synthetic networks with planted true matches, for the offline evaluation and
 * the benchmark. The truth is defined by a latent profile, not by the engine's score:
 * a planted match for a need does the kind of work the need asks for and has worked on
 * the need's concrete subject within its theme, and is observed through noise (not
 * always listing the category, writing in their own language, extra themes), and
 * speaks a language of the innovator. Everyone else is drawn independently, so many
 * people share a theme or a category with a need without being a true match; those
 * of them who meet the same latent criterion (do that kind of work, on one of the
 * need's subjects, in a shared language) count as true matches too.
 * Randomness comes only from `rng`.
 */
import { MATCH_CATEGORIES, MATCH_HELIXES } from '../../schemas/matching.ts';
import { chance, pick, sample, shuffle, type Rng } from './seeded-random.ts';
import {
	BIO_OPENERS,
	CATEGORY_WORDS,
	FILLER,
	FIRST_NAMES,
	LAST_NAMES,
	NEED_OPENERS,
	REGIONS,
	THEME_SUBJECTS,
	THEMES,
	wordIn
} from './synthetic-vocabulary.ts';
import type { MatchCandidate, MatchNeed, MatchRole, MatchStage } from './types.ts';

type Lang = 'nl' | 'fr' | 'en';

const primaryLanguage = (rng: Rng): Lang =>
	chance(rng, 0.62) ? 'nl' : chance(rng, 0.75) ? 'fr' : 'en';
function spokenLanguages(rng: Rng, primary: Lang): Lang[] {
	const spoken = new Set<Lang>([primary]);
	if (chance(rng, 0.6)) spoken.add('en');
	if (chance(rng, 0.35)) spoken.add(primary === 'fr' ? 'nl' : 'fr');
	return [...spoken];
}

/** The category a role typically offers first. */
const ROLE_CATEGORY: Record<MatchRole, string | undefined> = {
	funder: 'funding',
	mentor: 'mentoring',
	networker: 'network',
	expert: undefined,
	peer: undefined
};
const EXPERT_CATEGORIES = MATCH_CATEGORIES.filter(
	(c) => c !== 'funding' && c !== 'mentoring' && c !== 'network'
);

function randomRole(rng: Rng): MatchRole {
	const r = rng();
	return r < 0.12
		? 'funder'
		: r < 0.57
			? 'expert'
			: r < 0.77
				? 'mentor'
				: r < 0.9
					? 'networker'
					: 'peer';
}
/** The role of the person a need in this category calls for. */
function roleFor(category: string): MatchRole {
	return category === 'funding'
		? 'funder'
		: category === 'mentoring'
			? 'mentor'
			: category === 'network'
				? 'networker'
				: 'expert';
}

export interface SyntheticNetwork {
	candidates: MatchCandidate[];
	needs: MatchNeed[];
	/** needId → the planted true matches. */
	truth: Map<string, Set<string>>;
}

export interface SyntheticOptions {
	/** Number of candidates in total, planted matches included. */
	people: number;
	/** Number of needs (each from a different innovator). */
	needs: number;
	/** Planted true matches per need, inclusive range; default [5, 8]. */
	planted?: [number, number];
	/** At most this share of the people are planted (the rest is background); default 0.5. */
	plantedShare?: number;
}

interface Profile {
	role: MatchRole;
	categories: string[];
	themes: string[];
	subjects: string[];
	language: Lang;
	region: string;
}

function textOf(
	rng: Rng,
	openers: string[],
	profile: Profile,
	language: Lang,
	categoryWords: number
): string {
	const parts = [wordIn(pick(rng, openers), language)];
	for (const category of profile.categories) {
		for (const entry of sample(rng, CATEGORY_WORDS[category], categoryWords))
			parts.push(wordIn(entry, language));
	}
	for (const subject of profile.subjects) parts.push(wordIn(subject, language));
	for (const entry of sample(rng, FILLER, 2 + Math.floor(rng() * 4)))
		parts.push(wordIn(entry, language));
	return parts.join(', ') + '.';
}

function backgroundProfile(rng: Rng): Profile {
	const role = randomRole(rng);
	const first = ROLE_CATEGORY[role];
	const others = sample(rng, EXPERT_CATEGORIES, 1 + Math.floor(rng() * 2));
	const categories = first ? [first, ...others.slice(0, chance(rng, 0.5) ? 1 : 0)] : others;
	const themes = sample(rng, THEMES, 1 + Math.floor(rng() * 3));
	const subjects = themes.flatMap((t) => sample(rng, THEME_SUBJECTS[t], chance(rng, 0.5) ? 1 : 2));
	return {
		role,
		categories,
		themes,
		subjects,
		language: primaryLanguage(rng),
		region: pick(rng, REGIONS)
	};
}

function toCandidate(
	rng: Rng,
	id: string,
	profile: Profile,
	organisations: { id: string; helix: string }[],
	alsoSpeaks?: Lang
): MatchCandidate {
	const languages = spokenLanguages(rng, profile.language);
	if (alsoSpeaks && !languages.includes(alsoSpeaks)) languages.push(alsoSpeaks);
	const organisation = chance(rng, 0.85)
		? organisations[Math.floor(rng() ** 2 * organisations.length)]
		: undefined;
	const perMonth = chance(rng, 0.7) ? 2 + Math.floor(rng() * 5) : undefined;
	const roles: MatchRole[] =
		chance(rng, 0.15) && profile.role !== 'mentor' ? [profile.role, 'mentor'] : [profile.role];
	return {
		id,
		name: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
		organisationId: organisation?.id,
		helix: organisation?.helix as MatchCandidate['helix'],
		roles,
		offers: profile.categories,
		themes: profile.themes,
		text: textOf(rng, BIO_OPENERS, profile, profile.language, 2),
		languages,
		region: profile.region,
		capacity: {
			perMonth,
			openIntroductions: perMonth === undefined ? 0 : Math.floor(rng() * perMonth)
		}
	};
}

/**
 * Generates a network. Deterministic for a given rng state and options. Needs and
 * candidates have disjoint ids ('need-…'/'innovator-…' and 'person-…'); the candidate
 * list is shuffled so position says nothing about truth.
 */
export function generateNetwork(rng: Rng, options: SyntheticOptions): SyntheticNetwork {
	const [minPlanted, maxPlanted] = options.planted ?? [5, 8];
	const plantedBudget = Math.floor(options.people * (options.plantedShare ?? 0.5));
	const organisations = Array.from(
		{ length: Math.max(1, Math.round(options.people / 6)) },
		(_, i) => ({
			id: `org-${i + 1}`,
			helix: pick(rng, MATCH_HELIXES)
		})
	);
	const candidates: MatchCandidate[] = [];
	/** The latent profile of each candidate, same positions. */
	const profiles: Profile[] = [];
	const needs: MatchNeed[] = [];
	const truth = new Map<string, Set<string>>();
	const latentNeeds = new Map<string, { category: string; subjects: string[] }>();
	let personCount = 0;
	const nextPersonId = () => `person-${++personCount}`;

	for (let n = 0; n < options.needs; n++) {
		const category = chance(rng, 0.25) ? 'funding' : pick(rng, MATCH_CATEGORIES);
		const themes = sample(rng, THEMES, chance(rng, 0.6) ? 1 : 2);
		const subjects = sample(rng, THEME_SUBJECTS[themes[0]], 2);
		const language = primaryLanguage(rng);
		const stage: MatchStage =
			category === 'funding'
				? pick(rng, ['pilot', 'scaling'] as const)
				: pick(rng, ['idea', 'pilot', 'scaling'] as const);
		const region = pick(rng, REGIONS);
		const profile: Profile = {
			role: roleFor(category),
			categories: [category],
			themes,
			subjects,
			language,
			region
		};
		const need: MatchNeed = {
			id: `need-${n + 1}`,
			ownerId: `innovator-${n + 1}`,
			categories: chance(rng, 0.3) ? [category, pick(rng, EXPERT_CATEGORIES)] : [category],
			themes,
			text: textOf(rng, NEED_OPENERS, profile, language, 1),
			stage,
			languages: spokenLanguages(rng, language),
			region
		};
		needs.push(need);
		latentNeeds.set(need.id, { category, subjects });
		const wanted = minPlanted + Math.floor(rng() * (maxPlanted - minPlanted + 1));
		const planted = new Set<string>();
		for (let k = 0; k < wanted && personCount < plantedBudget; k++) {
			// Latent truth: does this kind of work, on (one of) the need's subjects. Observed with noise.
			const extra = chance(rng, 0.4) ? sample(rng, THEMES, 1) : [];
			const own: Profile = {
				role: profile.role,
				categories: chance(rng, 0.85)
					? [category, ...sample(rng, EXPERT_CATEGORIES, chance(rng, 0.5) ? 1 : 0)]
					: sample(rng, EXPERT_CATEGORIES, 1),
				themes: [
					...new Set(chance(rng, 0.85) ? [themes[0], ...extra] : [pick(rng, THEMES), ...extra])
				],
				subjects: sample(rng, subjects, chance(rng, 0.6) ? 1 : 2),
				language: chance(rng, 0.8) ? language : primaryLanguage(rng),
				region: chance(rng, 0.3) ? region : pick(rng, REGIONS)
			};
			const id = nextPersonId();
			planted.add(id);
			profiles.push(own);
			candidates.push(toCandidate(rng, id, own, organisations, language));
		}
		truth.set(need.id, planted);
	}
	while (candidates.length < options.people) {
		const profile = backgroundProfile(rng);
		profiles.push(profile);
		candidates.push(toCandidate(rng, nextPersonId(), profile, organisations));
	}
	// Anyone whose latent profile fits a need is a true match too, planted for it or
	// not: the truth is the latent criterion, whoever meets it.
	for (const need of needs) {
		const latent = latentNeeds.get(need.id)!;
		const matches = truth.get(need.id)!;
		candidates.forEach((candidate, i) => {
			const profile = profiles[i];
			if (
				profile.categories.includes(latent.category) &&
				profile.subjects.some((subject) => latent.subjects.includes(subject)) &&
				need.languages.some((language) => candidate.languages.includes(language))
			) {
				matches.add(candidate.id);
			}
		});
	}
	return { candidates: shuffle(rng, candidates), needs, truth };
}
