/**
 * Renders structured reasons in the reader's language: "biedt juridisch advies · thema
 * armoede · spreekt Frans · 2 eerdere goede gesprekken". Taxonomy keys go through a
 * label function the caller supplies (the web app reads the taxonomy from the database;
 * `defaultMatchLabel` covers the built-in keys for the CLI and tests).
 */
import type { Reason } from './types.ts';

export type MatchLocale = 'nl' | 'fr' | 'en';
export type LabelKind = 'category' | 'theme' | 'language' | 'region' | 'role' | 'stage';
export type MatchLabels = (kind: LabelKind, key: string, locale: MatchLocale) => string;

type Templates = {
	[C in Reason['code']]: (
		p: Extract<Reason, { code: C }>['params'],
		label: (kind: LabelKind, key: string) => string
	) => string;
};

const TEMPLATES: Record<MatchLocale, Templates> = {
	nl: {
		offers: (p, l) => `biedt ${l('category', p.category)}`,
		theme: (p, l) => `thema ${l('theme', p.theme)}`,
		stage: (p, l) => `${l('role', p.role)} voor de ${l('stage', p.stage)}fase`,
		role: (p, l) => `is ${l('role', p.role)}`,
		text: (p) => `vermeldt ${p.terms.join(', ')}`,
		language: (p, l) => `spreekt ${l('language', p.language)}`,
		region: (p, l) => `regio ${l('region', p.region)}`,
		feedback: (p) =>
			p.goodMeetings === 1 ? '1 eerder goed gesprek' : `${p.goodMeetings} eerdere goede gesprekken`,
		introduced: (p) => `al ${p.count} keer voorgesteld`,
		capacity: (p) => `${p.open} van ${p.perMonth} introducties deze maand al open`
	},
	fr: {
		offers: (p, l) => `propose ${l('category', p.category)}`,
		theme: (p, l) => `thème ${l('theme', p.theme)}`,
		stage: (p, l) => `${l('role', p.role)} pour la phase ${l('stage', p.stage)}`,
		role: (p, l) => `est ${l('role', p.role)}`,
		text: (p) => `mentionne ${p.terms.join(', ')}`,
		language: (p, l) => `parle ${l('language', p.language)}`,
		region: (p, l) => `région ${l('region', p.region)}`,
		feedback: (p) =>
			p.goodMeetings === 1
				? '1 bon entretien précédent'
				: `${p.goodMeetings} bons entretiens précédents`,
		introduced: (p) => `déjà présenté ${p.count} fois`,
		capacity: (p) => `${p.open} introductions sur ${p.perMonth} déjà ouvertes ce mois-ci`
	},
	en: {
		offers: (p, l) => `offers ${l('category', p.category)}`,
		theme: (p, l) => `theme ${l('theme', p.theme)}`,
		stage: (p, l) => `${l('role', p.role)} for the ${l('stage', p.stage)} stage`,
		role: (p, l) => `is a ${l('role', p.role)}`,
		text: (p) => `mentions ${p.terms.join(', ')}`,
		language: (p, l) => `speaks ${l('language', p.language)}`,
		region: (p, l) => `region ${l('region', p.region)}`,
		feedback: (p) =>
			p.goodMeetings === 1 ? '1 earlier good meeting' : `${p.goodMeetings} earlier good meetings`,
		introduced: (p) =>
			p.count === 1 ? 'introduced once before' : `introduced ${p.count} times before`,
		capacity: (p) => `${p.open} of ${p.perMonth} introductions this month already open`
	}
};

/** One reason as one phrase in `locale`. Pure: the same inputs always give the same text. */
export function formatReason(
	reason: Reason,
	locale: MatchLocale,
	labels: MatchLabels = defaultMatchLabel
): string {
	const label = (kind: LabelKind, key: string) => labels(kind, key, locale);
	const template = TEMPLATES[locale][reason.code] as (
		p: Reason['params'],
		l: typeof label
	) => string;
	return template(reason.params, label);
}

/** All reasons of a suggestion joined by " · ", as shown under a suggestion. */
export function formatReasons(
	reasons: readonly Reason[],
	locale: MatchLocale,
	labels: MatchLabels = defaultMatchLabel
): string {
	return reasons.map((reason) => formatReason(reason, locale, labels)).join(' · ');
}

type LabelTable = Record<string, [nl: string, fr: string, en: string]>;

const LOCALE_COLUMN: Record<MatchLocale, 0 | 1 | 2> = { nl: 0, fr: 1, en: 2 };

const DEFAULT_LABELS: Record<LabelKind, LabelTable> = {
	category: {
		funding: ['financiering', 'du financement', 'funding'],
		legal: ['juridisch advies', 'des conseils juridiques', 'legal advice'],
		mentoring: ['begeleiding', 'du mentorat', 'mentoring'],
		marketing: ['marketingadvies', 'des conseils en marketing', 'marketing advice'],
		'impact-measurement': [
			'hulp bij impactmeting',
			"de l'aide pour mesurer l'impact",
			'help with impact measurement'
		],
		'business-model': [
			'hulp bij het verdienmodel',
			"de l'aide pour le modèle économique",
			'help with the business model'
		],
		pitching: ['pitchtraining', 'un coaching de pitch', 'pitch coaching'],
		'stakeholder-engagement': [
			'hulp met stakeholders',
			"de l'aide avec les parties prenantes",
			'help with stakeholders'
		],
		network: ['een netwerk', 'un réseau', 'a network'],
		technology: ['technisch advies', 'des conseils techniques', 'technical advice'],
		procurement: [
			'kennis van overheidsopdrachten',
			'une expertise en marchés publics',
			'public procurement know-how'
		],
		finance: ['financieel advies', 'des conseils financiers', 'financial advice']
	},
	theme: {
		poverty: ['armoede', 'pauvreté', 'poverty'],
		climate: ['klimaat', 'climat', 'climate'],
		housing: ['wonen', 'logement', 'housing'],
		health: ['gezondheid', 'santé', 'health'],
		education: ['onderwijs', 'éducation', 'education'],
		employment: ['werk', 'emploi', 'employment'],
		inclusion: ['inclusie', 'inclusion', 'inclusion'],
		food: ['voeding', 'alimentation', 'food'],
		mobility: ['mobiliteit', 'mobilité', 'mobility'],
		'circular-economy': ['circulaire economie', 'économie circulaire', 'circular economy'],
		care: ['zorg', 'soins', 'care'],
		migration: ['migratie', 'migration', 'migration'],
		youth: ['jongeren', 'jeunesse', 'youth'],
		ageing: ['ouderen', 'vieillissement', 'ageing'],
		energy: ['energie', 'énergie', 'energy'],
		culture: ['cultuur', 'culture', 'culture']
	},
	language: {
		nl: ['Nederlands', 'néerlandais', 'Dutch'],
		fr: ['Frans', 'français', 'French'],
		en: ['Engels', 'anglais', 'English'],
		de: ['Duits', 'allemand', 'German'],
		ar: ['Arabisch', 'arabe', 'Arabic'],
		tr: ['Turks', 'turc', 'Turkish']
	},
	region: {
		brussels: ['Brussel', 'Bruxelles', 'Brussels'],
		antwerp: ['Antwerpen', 'Anvers', 'Antwerp'],
		ghent: ['Gent', 'Gand', 'Ghent'],
		leuven: ['Leuven', 'Louvain', 'Leuven'],
		bruges: ['Brugge', 'Bruges', 'Bruges'],
		hasselt: ['Hasselt', 'Hasselt', 'Hasselt'],
		kortrijk: ['Kortrijk', 'Courtrai', 'Kortrijk'],
		mechelen: ['Mechelen', 'Malines', 'Mechelen']
	},
	role: {
		funder: ['financier', 'financeur', 'funder'],
		expert: ['expert', 'expert', 'expert'],
		mentor: ['mentor', 'mentor', 'mentor'],
		networker: ['netwerker', 'connecteur', 'networker'],
		peer: ['collega-innovator', 'pair', 'peer']
	},
	stage: {
		idea: ['idee', 'idée', 'idea'],
		pilot: ['pilot', 'pilote', 'pilot'],
		scaling: ['opschalings', "mise à l'échelle", 'scaling']
	}
};

/** Labels of the built-in taxonomy keys; unknown keys are shown as they are. */
export function defaultMatchLabel(kind: LabelKind, key: string, locale: MatchLocale): string {
	return DEFAULT_LABELS[kind][key]?.[LOCALE_COLUMN[locale]] ?? key;
}
