import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from './match-index.ts';
import {
	defaultMatchLabel,
	formatReason,
	formatReasons,
	type MatchLocale
} from './reason-format.ts';
import { suggest } from './suggest.ts';
import { aCandidate, aHistory, aNeed } from './test-fixtures.ts';
import { EMPTY_HISTORY, type Reason } from './types.ts';

describe('reasons of a suggestion', () => {
	// A French-speaking mentor who offers legal advice on poverty, rated well twice.
	const index = buildMatchIndex([
		aCandidate('marie', {
			roles: ['mentor'],
			languages: ['fr', 'nl'],
			text: 'Juriste bénévole.',
			region: 'liege'
		})
	]);
	const need = aNeed({ text: '', languages: ['fr'], region: 'ghent' });
	const history = aHistory({
		feedback: [
			{ ownerId: 'innovator-7', candidateId: 'marie', rating: 5 },
			{ ownerId: 'innovator-8', candidateId: 'marie', rating: 4 }
		]
	});

	it('names what the need and the person share, in the reader’s language', () => {
		const [suggestion] = suggest(index, need, history);
		expect(suggestion.reasons).toEqual([
			{ code: 'offers', params: { category: 'legal' } },
			{ code: 'theme', params: { theme: 'poverty' } },
			{ code: 'language', params: { language: 'fr' } },
			{ code: 'feedback', params: { goodMeetings: 2 } }
		]);
		expect(formatReasons(suggestion.reasons, 'nl')).toBe(
			'biedt juridisch advies · thema armoede · spreekt Frans · 2 eerdere goede gesprekken'
		);
		expect(formatReasons(suggestion.reasons, 'fr')).toBe(
			'propose des conseils juridiques · thème pauvreté · parle français · 2 bons entretiens précédents'
		);
		expect(formatReasons(suggestion.reasons, 'en')).toBe(
			'offers legal advice · theme poverty · speaks French · 2 earlier good meetings'
		);
	});

	it('names role and stage, words of the text, region, earlier introductions and capacity when they apply', () => {
		const funders = buildMatchIndex([
			aCandidate('fund', {
				roles: ['funder'],
				offers: ['funding'],
				themes: ['climate'],
				text: 'Impactfonds voor zonnepanelen op scholen.',
				region: 'ghent',
				capacity: { perMonth: 4, openIntroductions: 1 }
			})
		]);
		const fundingNeed = aNeed({
			categories: ['funding'],
			themes: ['poverty'],
			text: 'Financiering voor zonnepanelen bij gezinnen in armoede.',
			stage: 'scaling'
		});
		const introduced = aHistory({
			introduced: [{ ownerId: 'innovator-1', candidateId: 'fund', count: 1 }]
		});
		const [suggestion] = suggest(funders, fundingNeed, introduced);
		expect(suggestion.reasons).toEqual([
			{ code: 'offers', params: { category: 'funding' } },
			{ code: 'stage', params: { stage: 'scaling', role: 'funder' } },
			{ code: 'text', params: { terms: ['zonnepanelen'] } },
			{ code: 'language', params: { language: 'nl' } },
			{ code: 'region', params: { region: 'ghent' } },
			{ code: 'introduced', params: { count: 1 } },
			{ code: 'capacity', params: { open: 1, perMonth: 4 } }
		]);
		expect(formatReasons(suggestion.reasons, 'nl')).toBe(
			'biedt financiering · financier voor de opschalingsfase · vermeldt zonnepanelen · spreekt Nederlands · regio Gent · al 1 keer voorgesteld · 1 van 4 introducties deze maand al open'
		);
		expect(formatReasons(suggestion.reasons, 'en')).toBe(
			'offers funding · funder for the scaling stage · mentions zonnepanelen · speaks Dutch · region Ghent · introduced once before · 1 of 4 introductions this month already open'
		);
	});

	it('gives a role reason without a stage reason when the role fits the stage poorly', () => {
		const mentors = buildMatchIndex([
			aCandidate('m', { roles: ['mentor'], offers: ['mentoring'], text: '' })
		]);
		const [suggestion] = suggest(
			mentors,
			aNeed({ categories: ['mentoring'], text: '', stage: 'scaling' }),
			EMPTY_HISTORY
		);
		expect(suggestion.reasons.slice(0, 2)).toEqual([
			{ code: 'offers', params: { category: 'mentoring' } },
			{ code: 'role', params: { role: 'mentor' } }
		]);
	});
});

describe('formatReason', () => {
	const every: Reason[] = [
		{ code: 'offers', params: { category: 'impact-measurement' } },
		{ code: 'theme', params: { theme: 'housing' } },
		{ code: 'stage', params: { stage: 'idea', role: 'mentor' } },
		{ code: 'role', params: { role: 'networker' } },
		{ code: 'text', params: { terms: ['statuten', 'vzw'] } },
		{ code: 'language', params: { language: 'en' } },
		{ code: 'region', params: { region: 'brussels' } },
		{ code: 'feedback', params: { goodMeetings: 1 } },
		{ code: 'introduced', params: { count: 3 } },
		{ code: 'capacity', params: { open: 2, perMonth: 5 } }
	];

	it.each(['nl', 'fr', 'en'] as MatchLocale[])(
		'renders every reason code in %s without raw keys',
		(locale) => {
			for (const reason of every) {
				const text = formatReason(reason, locale);
				expect(text).not.toMatch(/undefined|\{|\}|impact-measurement|brussels/);
				expect(text.length).toBeGreaterThan(3);
			}
		}
	);

	it('pins singular and plural forms', () => {
		expect(formatReason({ code: 'feedback', params: { goodMeetings: 1 } }, 'nl')).toBe(
			'1 eerder goed gesprek'
		);
		expect(formatReason({ code: 'feedback', params: { goodMeetings: 3 } }, 'fr')).toBe(
			'3 bons entretiens précédents'
		);
		expect(formatReason({ code: 'introduced', params: { count: 2 } }, 'en')).toBe(
			'introduced 2 times before'
		);
		expect(formatReason({ code: 'stage', params: { stage: 'idea', role: 'mentor' } }, 'nl')).toBe(
			'mentor voor de ideefase'
		);
	});

	it('uses the caller’s labels and falls back to the key for unknown ones', () => {
		const labels = (kind: string, key: string, locale: MatchLocale) => `${kind}:${key}:${locale}`;
		expect(formatReason({ code: 'theme', params: { theme: 'poverty' } }, 'fr', labels)).toBe(
			'thème theme:poverty:fr'
		);
		expect(defaultMatchLabel('theme', 'space-travel', 'nl')).toBe('space-travel');
	});
});
