/**
 * Why a candidate was suggested, as structured reasons (formatted per reader by
 * reason-format.ts). Computed only for the few candidates shown, never in the scoring
 * loop, so the hot path stays free of allocation.
 */
import { termScore } from './bm25.ts';
import type { PreparedHistory } from './history.ts';
import { rolesInMask, roleForCategory, STAGE_FIT, type MatchIndex } from './match-index.ts';
import type { AnalysedText } from './text.ts';
import type { MatchNeed, MatchRole, Reason } from './types.ts';

/** At most this many words of the need's text are named in a 'text' reason. */
export const MAX_TEXT_TERMS = 3;
/** A stage reason is given when the best role fits the stage at least this well. */
const STAGE_REASON_FIT = 0.8;
/** A feedback reason is given from this average rating up. */
const GOOD_AVERAGE = 3.5;

/**
 * Reasons in a fixed order: what they offer, role and stage, themes, words of the
 * text, language, region, earlier good meetings; then what lowered the rank (earlier
 * introductions, capacity). Only true statements: every reason names something the
 * need and the candidate really share, or a fact of the history.
 */
export function explainCandidate(
	index: MatchIndex,
	need: MatchNeed,
	analysed: AnalysedText,
	doc: number,
	history: PreparedHistory,
	respectCapacity: boolean
): Reason[] {
	const candidate = index.candidates[doc];
	const reasons: Reason[] = [];
	const offers = new Set(candidate.offers);
	for (const category of new Set(need.categories)) {
		if (offers.has(category)) reasons.push({ code: 'offers', params: { category } });
	}

	const roles = rolesInMask(index.roleMask[doc]);
	const wanted = new Set<MatchRole>(need.categories.map(roleForCategory));
	const wantedRole = roles.find((role) => wanted.has(role));
	const bestStageRole = roles.reduce<MatchRole | undefined>(
		(best, role) =>
			!best || STAGE_FIT[role][need.stage] > STAGE_FIT[best][need.stage] ? role : best,
		undefined
	);
	if (wantedRole && STAGE_FIT[wantedRole][need.stage] >= STAGE_REASON_FIT) {
		reasons.push({ code: 'stage', params: { stage: need.stage, role: wantedRole } });
	} else {
		if (wantedRole) reasons.push({ code: 'role', params: { role: wantedRole } });
		if (bestStageRole && STAGE_FIT[bestStageRole][need.stage] >= STAGE_REASON_FIT) {
			reasons.push({ code: 'stage', params: { stage: need.stage, role: bestStageRole } });
		}
	}

	const themes = new Set(candidate.themes);
	for (const theme of new Set(need.themes)) {
		if (themes.has(theme)) reasons.push({ code: 'theme', params: { theme } });
	}

	// Parts of a split compound show the compound's word, hence the second Set.
	const words = [...new Set(analysed.stems)]
		.map((stem) => ({ stem, weight: termScore(index.text, doc, stem) }))
		.filter((t) => t.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
		.map((t) => analysed.surface.get(t.stem) ?? t.stem);
	const terms = [...new Set(words)].slice(0, MAX_TEXT_TERMS);
	if (terms.length) reasons.push({ code: 'text', params: { terms } });

	const spoken = new Set(candidate.languages.map((l) => l.toLowerCase()));
	const language = need.languages.find((l) => spoken.has(l.toLowerCase()));
	if (language) reasons.push({ code: 'language', params: { language: language.toLowerCase() } });
	if (
		need.region &&
		candidate.region &&
		need.region.toLowerCase() === candidate.region.toLowerCase()
	) {
		reasons.push({ code: 'region', params: { region: candidate.region } });
	}

	const feedback = history.feedback.get(candidate.id);
	if (feedback && feedback.good > 0 && feedback.sum / feedback.count >= GOOD_AVERAGE) {
		reasons.push({ code: 'feedback', params: { goodMeetings: feedback.good } });
	}
	const introduced = history.introduced.get(need.ownerId)?.get(candidate.id) ?? 0;
	if (introduced > 0) reasons.push({ code: 'introduced', params: { count: introduced } });
	const { perMonth, openIntroductions } = candidate.capacity;
	if (respectCapacity && perMonth !== undefined && openIntroductions > 0) {
		reasons.push({ code: 'capacity', params: { open: openIntroductions, perMonth } });
	}
	return reasons;
}
