/**
 * Words for synthetic networks (synthetic-network.ts), in Dutch, French and English:
 * what each taxonomy category sounds like, the concrete subjects a need can be about
 * per theme, and filler that real bios are full of. Each entry is "nl|fr|en".
 */

export const CATEGORY_WORDS: Record<string, string[]> = {
	funding: [
		'subsidie aanvragen|demande de subvention|grant application',
		'investeerder|investisseur|investor',
		'impactfonds|fonds à impact|impact fund',
		'lening|prêt|loan'
	],
	legal: [
		'statuten|statuts|statutes',
		'rechtsvorm|forme juridique|legal form',
		'contracten|contrats|contracts',
		'aansprakelijkheid|responsabilité|liability'
	],
	mentoring: [
		'coaching|coaching|coaching',
		'begeleiding|accompagnement|guidance',
		'leiderschap|leadership|leadership',
		'reflectie|réflexion|reflection'
	],
	marketing: [
		'communicatie|communication|communication',
		'sociale media|réseaux sociaux|social media',
		'merkstrategie|stratégie de marque|brand strategy',
		'campagne|campagne|campaign'
	],
	'impact-measurement': [
		'impactmeting|mesure d’impact|impact measurement',
		'indicatoren|indicateurs|indicators',
		'evaluatie|évaluation|evaluation',
		'verandertheorie|théorie du changement|theory of change'
	],
	'business-model': [
		'verdienmodel|modèle économique|business model',
		'prijszetting|tarification|pricing',
		'businessplan|plan d’affaires|business plan',
		'klantsegmenten|segments de clients|customer segments'
	],
	pitching: [
		'pitch|pitch|pitch',
		'presentatie|présentation|presentation',
		'storytelling|storytelling|storytelling',
		'jury|jury|jury'
	],
	'stakeholder-engagement': [
		'stakeholders|parties prenantes|stakeholders',
		'participatie|participation|participation',
		'cocreatie|cocréation|co-creation',
		'buurtbewoners|habitants du quartier|residents'
	],
	network: [
		'netwerk|réseau|network',
		'contacten|contacts|contacts',
		'introducties|introductions|introductions',
		'partners|partenaires|partners'
	],
	technology: [
		'software|logiciel|software',
		'app|application|app',
		'data|données|data',
		'platform|plateforme|platform'
	],
	procurement: [
		'overheidsopdracht|marché public|public procurement',
		'aanbesteding|appel d’offres|tender',
		'lastenboek|cahier des charges|specifications',
		'gunningscriteria|critères d’attribution|award criteria'
	],
	finance: [
		'boekhouding|comptabilité|accounting',
		'cashflow|trésorerie|cash flow',
		'begroting|budget|budget',
		'financieel plan|plan financier|financial plan'
	]
};

/** Concrete subjects per theme: the words that make a need specific. */
export const THEME_SUBJECTS: Record<string, string[]> = {
	poverty: [
		'voedselbank|banque alimentaire|food bank',
		'sociale kruidenier|épicerie sociale|social grocery',
		'schuldhulp|médiation de dettes|debt counselling',
		'energiearmoede|précarité énergétique|energy poverty',
		'daklozen|sans-abri|homeless'
	],
	climate: [
		'zonnepanelen|panneaux solaires|solar panels',
		'renovatie|rénovation|retrofitting',
		'hittestress|stress thermique|heat stress',
		'ontharding|désimperméabilisation|depaving',
		'klimaatadaptatie|adaptation climatique|climate adaptation'
	],
	housing: [
		'huurwaarborg|garantie locative|rental deposit',
		'cohousing|habitat groupé|cohousing',
		'leegstand|logements vides|vacant buildings',
		'woningdelen|colocation|home sharing',
		'sociale huur|logement social|social rent'
	],
	health: [
		'mentaal welzijn|santé mentale|mental wellbeing',
		'eenzaamheid|solitude|loneliness',
		'mantelzorg|aidants proches|informal carers',
		'dementie|démence|dementia',
		'preventie|prévention|prevention'
	],
	education: [
		'schooluitval|décrochage scolaire|early school leaving',
		'huiswerkbegeleiding|aide aux devoirs|homework support',
		'taalcoaching|coaching linguistique|language coaching',
		'digitale geletterdheid|littératie numérique|digital literacy',
		'stages|stages|internships'
	],
	employment: [
		'werkervaring|expérience professionnelle|work experience',
		'maatwerkbedrijf|entreprise de travail adapté|sheltered workshop',
		'jobcoaching|job coaching|job coaching',
		'langdurig werklozen|chômeurs de longue durée|long-term unemployed',
		'vakopleiding|formation professionnelle|vocational training'
	],
	food: [
		'korte keten|circuit court|short supply chain',
		'stadslandbouw|agriculture urbaine|urban farming',
		'voedselverspilling|gaspillage alimentaire|food waste',
		'gemeenschapstuin|jardin communautaire|community garden',
		'schoolmaaltijden|repas scolaires|school meals'
	],
	mobility: [
		'deelauto|voiture partagée|car sharing',
		'fietsherstel|réparation de vélos|bike repair',
		'vervoersarmoede|pauvreté de mobilité|transport poverty',
		'cargofiets|vélo cargo|cargo bike',
		'rolstoeltoegankelijk|accessible en fauteuil|wheelchair accessible'
	],
	'circular-economy': [
		'repair café|repair café|repair café',
		'tweedehands|seconde main|second hand',
		'hergebruik|réemploi|reuse',
		'textielrecyclage|recyclage textile|textile recycling',
		'deelplatform|plateforme de partage|sharing platform'
	],
	migration: [
		'nieuwkomers|primo-arrivants|newcomers',
		'inburgering|intégration|civic integration',
		'tolken|interprètes|interpreters',
		'vluchtelingen|réfugiés|refugees',
		'diplomaerkenning|reconnaissance des diplômes|diploma recognition'
	],
	youth: [
		'jeugdwerk|travail de jeunesse|youth work',
		'speelpleinen|plaines de jeux|playgrounds',
		'kinderopvang|accueil de l’enfance|childcare',
		'jongerenparticipatie|participation des jeunes|youth participation',
		'talentontwikkeling|développement des talents|talent development'
	],
	ageing: [
		'woonzorg|habitat et soins|assisted living',
		'valpreventie|prévention des chutes|fall prevention',
		'intergenerationeel|intergénérationnel|intergenerational',
		'thuiszorg|soins à domicile|home care',
		'digitale inclusie ouderen|inclusion numérique des aînés|digital inclusion of older people'
	]
};

export const THEMES = Object.keys(THEME_SUBJECTS);

/** Generic bio filler: frequent words that carry little signal, as in real profiles. */
export const FILLER = [
	'ervaring|expérience|experience',
	'sociale onderneming|entreprise sociale|social enterprise',
	'projecten|projets|projects',
	'samenwerking|collaboration|collaboration',
	'innovatie|innovation|innovation',
	'vrijwilliger|bénévole|volunteer',
	'organisatie|organisation|organisation',
	'Vlaanderen|Flandre|Flanders',
	'Brussel|Bruxelles|Brussels',
	'gemeente|commune|municipality',
	'jaren|années|years',
	'team|équipe|team',
	'impact|impact|impact',
	'duurzaam|durable|sustainable'
];

export const NEED_OPENERS = [
	'Wij zoeken hulp met|Nous cherchons de l’aide pour|We are looking for help with',
	'Ons project heeft nood aan|Notre projet a besoin de|Our project needs'
];
export const BIO_OPENERS = [
	'Ik help graag met|J’aide volontiers avec|I am happy to help with',
	'Mijn ervaring:|Mon expérience :|My experience:'
];

export const REGIONS = [
	'brussels',
	'antwerp',
	'ghent',
	'leuven',
	'bruges',
	'hasselt',
	'kortrijk',
	'mechelen'
];

export const FIRST_NAMES = [
	'Lotte',
	'Youssef',
	'Camille',
	'Pieter',
	'Fatima',
	'Jonas',
	'Élodie',
	'Sven',
	'Amina',
	'Thomas',
	'Inès',
	'Bram',
	'Sarah',
	'Mehmet',
	'Julie',
	'Wouter',
	'Nadia',
	'Arnaud',
	'Eline',
	'Kwame'
];
export const LAST_NAMES = [
	'Peeters',
	'Janssens',
	'El Amrani',
	'Dubois',
	'Maes',
	'Lambert',
	'Claes',
	'Yilmaz',
	'Wouters',
	'Leroy',
	'De Smet',
	'Mertens',
	'Dupont',
	'Goossens',
	'Diallo',
	'Vermeulen'
];

/** The word of an "nl|fr|en" entry in one language. */
export function wordIn(entry: string, language: 'nl' | 'fr' | 'en'): string {
	const [nl, fr, en] = entry.split('|');
	return language === 'nl' ? nl : language === 'fr' ? fr : en;
}
