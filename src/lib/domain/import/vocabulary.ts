/**
 * Theme, offer and need words matched against the taxonomy's labels in nl, fr and en (and
 * its stable keys), whatever the letter case, accents or apostrophe style.
 */
import { normaliseWord } from './values.ts';

export interface VocabularyTerm {
	kind: string;
	key: string;
	labelNl: string;
	labelFr: string;
	labelEn: string;
}

export interface Vocabulary {
	/** Term key for a word, per kind ('theme' or 'category'). */
	find(kind: 'theme' | 'category', word: string): string | undefined;
}

export function buildVocabulary(terms: VocabularyTerm[]): Vocabulary {
	const maps = { theme: new Map<string, string>(), category: new Map<string, string>() };
	for (const term of terms) {
		const map = maps[term.kind as 'theme' | 'category'];
		if (!map) continue;
		for (const word of [term.key, term.key.replace(/-/g, ' '), term.labelNl, term.labelFr, term.labelEn]) {
			const normalised = normaliseWord(word);
			if (!map.has(normalised)) map.set(normalised, term.key);
		}
	}
	return { find: (kind, word) => maps[kind].get(normaliseWord(word)) };
}
