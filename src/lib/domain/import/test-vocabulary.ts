/** A small taxonomy for tests: the default keys with their nl/fr/en labels. */
import { buildVocabulary, type VocabularyTerm } from './vocabulary.ts';

export const testTerms: VocabularyTerm[] = [
	{ kind: 'theme', key: 'poverty', labelNl: 'Armoede', labelFr: 'Pauvreté', labelEn: 'Poverty' },
	{ kind: 'theme', key: 'housing', labelNl: 'Wonen', labelFr: 'Logement', labelEn: 'Housing' },
	{ kind: 'theme', key: 'climate', labelNl: 'Klimaat', labelFr: 'Climat', labelEn: 'Climate' },
	{ kind: 'theme', key: 'circular-economy', labelNl: 'Circulaire economie', labelFr: 'Économie circulaire', labelEn: 'Circular economy' },
	{ kind: 'category', key: 'impact-measurement', labelNl: 'Impact meten', labelFr: 'Mesure d’impact', labelEn: 'Impact measurement' },
	{ kind: 'category', key: 'legal', labelNl: 'Juridisch advies', labelFr: 'Conseil juridique', labelEn: 'Legal advice' },
	{ kind: 'category', key: 'funding', labelNl: 'Financiering', labelFr: 'Financement', labelEn: 'Funding' }
];

export const testVocabulary = buildVocabulary(testTerms);
