import { describe, expect, it } from 'vitest';
import {
	analyseText,
	foldText,
	guessLanguage,
	splitCompounds,
	stemDutch,
	stemEnglish,
	stemFrench,
	tokenize,
	tokenizeWithSurface
} from './text.ts';

describe('tokenize', () => {
	it('folds case and diacritics and drops one-letter words', () => {
		expect(tokenize('Été à Liège: één É-bike!')).toEqual(['ete', 'liege', 'een', 'bike']);
		expect(foldText('Précarité')).toBe('precarite');
	});
});

describe('tokenizeWithSurface', () => {
	it('keeps the written word next to the folded token, and agrees with tokenize', () => {
		const text = 'Intégration des réfugiés à Liège — één café, 2030, ß-Straße';
		const tokens = tokenizeWithSurface(text);
		expect(tokens.map((t) => t.token)).toEqual(tokenize(text));
		expect(tokens.slice(0, 3)).toEqual([
			{ token: 'integration', word: 'intégration' },
			{ token: 'des', word: 'des' },
			{ token: 'refugies', word: 'réfugiés' }
		]);
	});
});

describe('guessLanguage', () => {
	it('recognises Dutch, French and English by their stop words', () => {
		expect(guessLanguage(tokenize('Wij zoeken een jurist voor de statuten van onze vzw'))).toBe(
			'nl'
		);
		expect(
			guessLanguage(tokenize('Nous cherchons un juriste pour les statuts de notre asbl'))
		).toBe('fr');
		expect(
			guessLanguage(tokenize('We are looking for a lawyer for the statutes of our nonprofit'))
		).toBe('en');
	});
	it('falls back when there is no stop word', () => {
		expect(guessLanguage(tokenize('gdpr vzw'), 'fr')).toBe('fr');
	});
});

describe('stemmers conflate the forms a need and an offer use', () => {
	it.each([
		['bedrijven', 'bedrijf'],
		['adviezen', 'advies'],
		['financiering', 'financieren'],
		['juridische', 'juridisch'],
		['mogelijkheden', 'mogelijkheid'],
		['subsidies', 'subsidie'],
		['netwerken', 'netwerk']
	])('Dutch: %s ~ %s', (a, b) => {
		expect(stemDutch(a)).toBe(stemDutch(b));
	});
	it.each([
		['financement', 'financer'],
		['juridiques', 'juridique'],
		['associations', 'association'],
		['benevoles', 'benevole']
	])('French: %s ~ %s', (a, b) => {
		expect(stemFrench(a)).toBe(stemFrench(b));
	});
	it.each([
		['funding', 'funds'],
		['strategies', 'strategy'],
		['measurement', 'measuring'],
		['volunteers', 'volunteer']
	])('English: %s ~ %s', (a, b) => {
		expect(stemEnglish(a)).toBe(stemEnglish(b));
	});
	it('keeps different words apart', () => {
		expect(stemDutch('armoede')).not.toBe(stemDutch('arm'));
		expect(stemEnglish('poverty')).not.toBe(stemEnglish('power'));
	});
});

describe('analyseText', () => {
	it('drops stop words and remembers the first surface form of each stem', () => {
		const analysed = analyseText(
			'Wij zoeken financiering en juridisch advies voor de financieringen'
		);
		expect(analysed.language).toBe('nl');
		expect(analysed.stems).toEqual(['financier', 'juridisch', 'advie', 'financier']);
		expect(analysed.surface.get('financier')).toBe('financiering');
	});
});

describe('splitCompounds', () => {
	const known = new Map(
		['armoed', 'kinder', 'voedsel', 'verspil', 'energie'].map((stem, i) => [stem, i] as const)
	);

	it('adds the known parts of a Dutch compound, keeping the compound itself', () => {
		const split = splitCompounds(
			analyseText('Wij pakken kinderarmoede en voedselverspilling aan'),
			known
		);
		expect(split.stems).toEqual(
			expect.arrayContaining([
				'kinderarmoed',
				'kinder',
				'armoed',
				'voedselverspil',
				'voedsel',
				'verspil'
			])
		);
		expect(split.surface.get('armoed')).toBe('kinderarmoede');
	});

	it('leaves words alone when a part is unknown, the word is known, or the text is not Dutch', () => {
		expect(splitCompounds(analyseText('armoedebestrijding'), known).stems).toEqual([
			'armoedebestrijd'
		]);
		const knownWhole = new Map([...known, ['energiearmoed', 9] as const]);
		expect(splitCompounds(analyseText('energiearmoede'), knownWhole).stems).toEqual([
			'energiearmoed'
		]);
		const english = analyseText('We are fighting childpoverty with the community', 'en');
		expect(splitCompounds(english, known)).toBe(english);
	});
});
