/**
 * Text analysis for matching: tokenising, stop words, language guess and light
 * snowball-style stemmers for Dutch, French and English. "Light" on purpose: the same
 * function runs on both sides (need and offer), so consistency matters more than
 * linguistic precision, and the stemmers must be cheap enough to index 10,000 people
 * in well under a second.
 */

export type TextLanguage = 'nl' | 'fr' | 'en';

const STOP_WORDS: Record<TextLanguage, ReadonlySet<string>> = {
	nl: new Set(
		'de het een en van in op te dat die voor met is zijn aan er als bij om ook of door naar maar uit dan nog wat wij we ik je hij zij ze hun ons onze mijn jullie niet geen wordt worden werd kan kunnen heeft hebben had deze dit wil willen zoek zoeken zoekt over tot al meer veel zo hoe waar wie zich mee bij nu hier daar graag tegen via rond zonder omdat zodat'.split(
			' '
		)
	),
	fr: new Set(
		'le la les un une des du de et en dans sur pour par avec au aux ce cette ces est sont être a ont avoir qui que qu ne pas plus nous vous ils elles je il elle on son sa ses leur leurs notre nos votre vos mon ma mes se sans comme mais ou donc car chez aussi très tout tous d l s n c j m y cherche cherchons recherche'.split(
			' '
		)
	),
	en: new Set(
		'the a an and of in on to that for with is are be was were it its this these those as at by from or but not no we our you your they their i my he she his her them us can could will would have has had do does did about into than then so such also very looking seek seeking need needs want'.split(
			' '
		)
	)
};

/** Lowercases and strips diacritics, so "één", "Été" and "ete" meet. */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** Words of two letters or more, folded; digits kept (e.g. "gdpr", "2030"). */
export function tokenize(text: string): string[] {
	return foldText(text).match(/[a-z0-9]{2,}/g) ?? [];
}

/**
 * Like tokenize, with each token's word as written (lowercased, accents kept) for
 * showing in reasons: "intégration", not "integration".
 */
export function tokenizeWithSurface(text: string): { token: string; word: string }[] {
	const out: { token: string; word: string }[] = [];
	for (const word of text
		.toLowerCase()
		.normalize('NFC')
		.match(/[\p{L}\p{N}]+/gu) ?? []) {
		const tokens = tokenize(word);
		for (const token of tokens) out.push({ token, word: tokens.length === 1 ? word : token });
	}
	return out;
}

/**
 * Guesses the language of a text by counting stop words; ties and texts without any
 * stop word fall back to `fallback`.
 */
export function guessLanguage(
	tokens: readonly string[],
	fallback: TextLanguage = 'nl'
): TextLanguage {
	const counts: Record<TextLanguage, number> = { nl: 0, fr: 0, en: 0 };
	for (const token of tokens) {
		for (const lang of ['nl', 'fr', 'en'] as const) if (STOP_WORDS[lang].has(token)) counts[lang]++;
	}
	let best = fallback;
	for (const lang of ['nl', 'fr', 'en'] as const) if (counts[lang] > counts[best]) best = lang;
	return best;
}

export function isStopWord(token: string): boolean {
	return STOP_WORDS.nl.has(token) || STOP_WORDS.fr.has(token) || STOP_WORDS.en.has(token);
}

const VOWEL = /[aeiouy]/;

/** Replaces the first matching suffix when what stays has at least `minStem` letters. */
function replaceSuffix(word: string, rules: readonly [string, string][], minStem: number): string {
	for (const [suffix, replacement] of rules) {
		if (word.endsWith(suffix) && word.length - suffix.length >= minStem) {
			return word.slice(0, word.length - suffix.length) + replacement;
		}
	}
	return word;
}

function undouble(word: string): string {
	const n = word.length;
	if (n > 3 && word[n - 1] === word[n - 2] && !VOWEL.test(word[n - 1])) return word.slice(0, -1);
	return word;
}

const EN_RULES: [string, string][] = [
	['izations', 'ize'],
	['ization', 'ize'],
	['ations', 'ate'],
	['ation', 'ate'],
	['ements', ''],
	['ement', ''],
	['ments', ''],
	['ment', ''],
	['nesses', ''],
	['ness', ''],
	['ities', ''],
	['ity', ''],
	['ings', ''],
	['ing', ''],
	['ies', 'y'],
	['ied', 'y'],
	['ed', ''],
	['ers', ''],
	['er', ''],
	['ly', ''],
	['es', ''],
	['s', '']
];

/** English: Porter step 1-like plural/participle removal plus common derivations. */
export function stemEnglish(word: string): string {
	if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'))
		return word;
	const stem = undouble(replaceSuffix(word, EN_RULES, 3));
	return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/**
 * Dutch: snowball's step 1 (-heden → -heid; -en and -s only after a consonant, -e after
 * a consonant; a final -ies → -ie) plus -ing/-ingen, with undoubling and a final v→f, z→s so that
 * "bedrijven"/"bedrijf" and "adviezen"/"advies" meet.
 */
export function stemDutch(word: string): string {
	if (word.length <= 3) return word;
	const consonantBefore = (suffix: string) => {
		const c = word[word.length - suffix.length - 1];
		return c !== undefined && !VOWEL.test(c) && word.length - suffix.length >= 3;
	};
	let stem = word;
	if (word.endsWith('heden')) stem = word.slice(0, -5) + 'heid';
	else if (word.endsWith('ingen') && word.length > 7) stem = word.slice(0, -5);
	else if (word.endsWith('ing') && word.length > 6) stem = word.slice(0, -3);
	else if (word.endsWith('en') && consonantBefore('en')) stem = word.slice(0, -2);
	else if (word.endsWith('s') && consonantBefore('s') && !word.endsWith('js'))
		stem = word.slice(0, -1);
	else if (word.endsWith('e') && consonantBefore('e')) stem = word.slice(0, -1);
	if (stem !== word) {
		stem = undouble(stem);
		if (stem.endsWith('v')) stem = stem.slice(0, -1) + 'f';
		else if (stem.endsWith('z')) stem = stem.slice(0, -1) + 's';
	}
	// "subsidies"/"subsidie" and "adviezen" → "advies" meet at "-ie".
	return stem.endsWith('ies') ? stem.slice(0, -1) : stem;
}

const FR_RULES: [string, string][] = [
	['issements', ''],
	['issement', ''],
	['ements', ''],
	['ement', ''],
	['ations', ''],
	['ation', ''],
	['ateurs', ''],
	['ateur', ''],
	['atrices', ''],
	['atrice', ''],
	['ites', ''],
	['ite', ''],
	['iques', ''],
	['ique', ''],
	['ismes', ''],
	['isme', ''],
	['istes', ''],
	['iste', ''],
	['euses', ''],
	['euse', ''],
	['eux', ''],
	['ives', ''],
	['ive', ''],
	['ifs', ''],
	['if', ''],
	['ieres', ''],
	['iere', ''],
	['iers', ''],
	['ier', ''],
	['aux', 'al'],
	['er', ''],
	['ez', ''],
	['es', ''],
	['s', ''],
	['x', ''],
	['e', '']
];

/** French (on folded text): snowball-like derivational suffixes, plurals and -er verbs. */
export function stemFrench(word: string): string {
	if (word.length <= 3) return word;
	return replaceSuffix(word, FR_RULES, 3);
}

const STEMMERS: Record<TextLanguage, (word: string) => string> = {
	nl: stemDutch,
	fr: stemFrench,
	en: stemEnglish
};

export interface AnalysedText {
	language: TextLanguage;
	/** Stems of the non-stop words, in text order, with repeats. */
	stems: string[];
	/** For each stem, the first word of the text it came from (to show in reasons). */
	surface: Map<string, string>;
}

/** Tokenises, guesses the language, drops stop words and stems with that language's stemmer. */
export function analyseText(text: string, fallback: TextLanguage = 'nl'): AnalysedText {
	const tokens = tokenizeWithSurface(text);
	const language = guessLanguage(
		tokens.map((t) => t.token),
		fallback
	);
	const stem = STEMMERS[language];
	const stems: string[] = [];
	const surface = new Map<string, string>();
	for (const { token, word } of tokens) {
		if (isStopWord(token)) continue;
		const s = stem(token);
		stems.push(s);
		if (!surface.has(s)) surface.set(s, word);
	}
	return { language, stems, surface };
}

/** Dutch compounds shorter than this are not split. */
const MIN_COMPOUND = 9;
/** Neither part of a split compound may be shorter than this. */
const MIN_PART = 4;

/**
 * Splits Dutch compounds of a query into parts the index knows, so that
 * "kinderarmoede" also finds "armoede bij kinderen" and "voedselverspilling" finds
 * "verspilling van voedsel". Only stems the index does not know as a whole are split,
 * into exactly two known stems (the longest known head wins; a linking -s- or -e- is
 * allowed), and the parts are added to the compound, never replacing it. For the
 * profiles being indexed, `splitKnownWords` splits every long stem (the compound is
 * known there simply because that profile uses it). The parts
 * show the compound's own word in reasons. Other languages are returned unchanged.
 */
export function splitCompounds(
	analysed: AnalysedText,
	known: { has(stem: string): boolean },
	options: { splitKnownWords?: boolean; cache?: Map<string, readonly string[]> } = {}
): AnalysedText {
	if (analysed.language !== 'nl') return analysed;
	const stems = analysed.stems.slice();
	const surface = new Map(analysed.surface);
	for (const stem of new Set(analysed.stems)) {
		if (stem.length < MIN_COMPOUND || (!options.splitKnownWords && known.has(stem))) continue;
		let parts = options.cache?.get(stem);
		if (!parts) {
			parts = splitStem(stem, known);
			options.cache?.set(stem, parts);
		}
		const word = analysed.surface.get(stem) ?? stem;
		for (const part of parts) {
			stems.push(part);
			if (!surface.has(part)) surface.set(part, word);
		}
	}
	return { language: analysed.language, stems, surface };
}

/** The two known parts of a Dutch compound stem, or none. */
function splitStem(stem: string, known: { has(stem: string): boolean }): readonly string[] {
	for (let cut = stem.length - MIN_PART; cut >= MIN_PART; cut--) {
		const head = stemDutch(stem.slice(0, cut));
		if (!known.has(head)) continue;
		let tail = stemDutch(stem.slice(cut));
		if (!known.has(tail) && (stem[cut] === 's' || stem[cut] === 'e')) {
			tail = stemDutch(stem.slice(cut + 1));
		}
		if (tail.length >= MIN_PART - 1 && known.has(tail)) return [head, tail];
	}
	return [];
}
