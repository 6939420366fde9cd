/**
 * The words the demo data is made of: names as one meets them in Brussels (Dutch, French,
 * Moroccan, Turkish, Congolese, Polish, Romanian, Italian, Spanish, Portuguese, English …),
 * municipalities with their region, organisation names and initiative ideas.
 */
export interface NamePool {
	first: string[];
	last: string[];
	locale: 'nl' | 'fr' | 'en';
	/** Relative frequency in the demo population. */
	weight: number;
}

export const namePools: NamePool[] = [
	{
		locale: 'nl',
		weight: 26,
		first: ['Jan', 'An', 'Pieter', 'Els', 'Bram', 'Lotte', 'Wouter', 'Sofie', 'Koen', 'Hanne', 'Jef', 'Lien', 'Tom', 'Nele', 'Stijn', 'Fien', 'Ruben', 'Griet', 'Arne', 'Marieke', 'Joris', 'Katrien', 'Dries', 'Ine', 'Thijs', 'Zoë', 'Lukas', 'Femke'],
		last: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van den Broeck', 'De Clercq', 'Verhoeven', 'Van Damme', 'Hermans', 'Desmet', 'Pauwels', 'Declercq', 'Van Acker', 'De Backer', 'Vandenberghe', "D'Hondt", 'Verstraete']
	},
	{
		locale: 'fr',
		weight: 26,
		first: ['Camille', 'Louis', 'Léa', 'Hugo', 'Manon', 'Nicolas', 'Chloé', 'Antoine', 'Juliette', 'Maxime', 'Élise', 'Julien', 'Sarah', 'Thomas', 'Amélie', 'François', 'Hélène', 'Benoît', 'Margaux', 'Céline', 'Quentin', 'Noémie', 'Gaëlle', 'Théo'],
		last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Leroy', 'Lefèvre', 'François', 'Mathieu', 'Collard', 'Denis', 'Michel', 'Wauters', 'Gilson', 'Henrard', 'Delvaux', 'Noël', 'Devos', 'Thiry', 'Gérard', 'Dumont']
	},
	{
		locale: 'fr',
		weight: 14,
		first: ['Mohamed', 'Fatima', 'Youssef', 'Khadija', 'Hamza', 'Nadia', 'Yassine', 'Salma', 'Mehdi', 'Imane', 'Bilal', 'Samira', 'Ayoub', 'Houda', 'Karim', 'Leila'],
		last: ['El Amrani', 'Benali', 'El Idrissi', 'Bouzid', 'Azzouzi', 'Ouali', 'Haddou', 'Boukhari', 'El Khattabi', 'Tahiri', 'Amrani', 'Chaoui', 'Bakkali', 'Mansouri']
	},
	{
		locale: 'nl',
		weight: 7,
		first: ['Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'Burak', 'Selin', 'Hakan', 'Esra', 'Murat'],
		last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç']
	},
	{
		locale: 'fr',
		weight: 7,
		first: ['Grâce', 'Patrick', 'Christelle', 'Jean-Pierre', 'Nadine', 'Serge', 'Aline', 'Didier', 'Merveille', 'Cédric'],
		last: ['Kabongo', 'Mbuyi', 'Tshibanda', 'Lukusa', 'Ilunga', 'Mukendi', 'Kasongo', 'Nsimba', 'Makiadi', 'Lumbala']
	},
	{
		locale: 'en',
		weight: 6,
		first: ['Agnieszka', 'Tomasz', 'Katarzyna', 'Piotr', 'Ioana', 'Andrei', 'Mihaela', 'Bogdan'],
		last: ['Kowalska', 'Nowak', 'Wiśniewski', 'Zieliński', 'Popescu', 'Ionescu', 'Dumitrescu', 'Stoica']
	},
	{
		locale: 'fr',
		weight: 6,
		first: ['Giulia', 'Marco', 'Chiara', 'Lucía', 'Javier', 'Inês', 'João', 'Sofia', 'Alessandro', 'Marta'],
		last: ['Rossi', 'Bianchi', 'Esposito', 'García', 'Fernández', 'Martínez', 'Silva', 'Santos', 'Ferreira', 'Romano']
	},
	{
		locale: 'en',
		weight: 5,
		first: ['Emma', 'James', 'Siobhán', 'Oliver', 'Aoife', 'Daniel', 'Priya', 'Kwame', 'Amara', 'Lars', 'Ingrid', 'Niamh'],
		last: ['Smith', "O'Brien", 'Murphy', 'Patel', 'Mensah', 'Andersen', 'Müller', 'Schmidt', 'Walsh', 'Okafor']
	},
	{
		locale: 'nl',
		weight: 3,
		first: ['Aziz', 'Soufiane', 'Naima', 'Ilias', 'Hajar'],
		last: ['Bouchikhi', 'Ait Ouarab', 'Lamrabet', 'Ben Haddou', 'Ziani']
	}
];

export interface Place {
	nl: string;
	fr: string;
	region: 'brussels' | 'flanders' | 'wallonia';
	weight: number;
}

export const places: Place[] = [
	{ nl: 'Brussel', fr: 'Bruxelles', region: 'brussels', weight: 8 },
	{ nl: 'Schaarbeek', fr: 'Schaerbeek', region: 'brussels', weight: 6 },
	{ nl: 'Sint-Jans-Molenbeek', fr: 'Molenbeek-Saint-Jean', region: 'brussels', weight: 6 },
	{ nl: 'Anderlecht', fr: 'Anderlecht', region: 'brussels', weight: 6 },
	{ nl: 'Elsene', fr: 'Ixelles', region: 'brussels', weight: 5 },
	{ nl: 'Sint-Gillis', fr: 'Saint-Gilles', region: 'brussels', weight: 5 },
	{ nl: 'Vorst', fr: 'Forest', region: 'brussels', weight: 4 },
	{ nl: 'Etterbeek', fr: 'Etterbeek', region: 'brussels', weight: 3 },
	{ nl: 'Sint-Joost-ten-Node', fr: 'Saint-Josse-ten-Noode', region: 'brussels', weight: 3 },
	{ nl: 'Jette', fr: 'Jette', region: 'brussels', weight: 3 },
	{ nl: 'Ukkel', fr: 'Uccle', region: 'brussels', weight: 3 },
	{ nl: 'Laken', fr: 'Laeken', region: 'brussels', weight: 2 },
	{ nl: 'Koekelberg', fr: 'Koekelberg', region: 'brussels', weight: 2 },
	{ nl: 'Evere', fr: 'Evere', region: 'brussels', weight: 2 },
	{ nl: 'Oudergem', fr: 'Auderghem', region: 'brussels', weight: 1 },
	{ nl: 'Sint-Lambrechts-Woluwe', fr: 'Woluwe-Saint-Lambert', region: 'brussels', weight: 2 },
	{ nl: 'Gent', fr: 'Gand', region: 'flanders', weight: 3 },
	{ nl: 'Antwerpen', fr: 'Anvers', region: 'flanders', weight: 3 },
	{ nl: 'Leuven', fr: 'Louvain', region: 'flanders', weight: 2 },
	{ nl: 'Mechelen', fr: 'Malines', region: 'flanders', weight: 2 },
	{ nl: 'Vilvoorde', fr: 'Vilvorde', region: 'flanders', weight: 1 },
	{ nl: 'Namen', fr: 'Namur', region: 'wallonia', weight: 2 },
	{ nl: 'Luik', fr: 'Liège', region: 'wallonia', weight: 2 },
	{ nl: 'Charleroi', fr: 'Charleroi', region: 'wallonia', weight: 1 },
	{ nl: 'Bergen', fr: 'Mons', region: 'wallonia', weight: 1 },
	{ nl: 'Waver', fr: 'Wavre', region: 'wallonia', weight: 1 }
];

/** Organisation name parts and the legal form / helix position they go with. */
export interface OrganisationKind {
	legalForm: string;
	helix: 'academia' | 'citizens' | 'smes' | 'private_investors' | 'public_authorities' | 'civil_society';
	sector: string;
	names: string[];
	/** Suffix written after the name, per language. */
	suffix: { nl: string; fr: string };
	weight: number;
}

export const organisationKinds: OrganisationKind[] = [
	{
		legalForm: 'vzw',
		helix: 'civil_society',
		sector: 'social',
		suffix: { nl: 'vzw', fr: 'asbl' },
		weight: 20,
		names: ['Buurtwerk Noord', 'Samen Thuis', 'De Vlonder', 'Maison de Quartier Midi', 'Les Jardins Partagés', 'Recup’Kitchen', 'Kracht van Wijken', 'Ateliers du Soleil', 'Toekomstatelier', 'Bras Dessus Bras Dessous', 'De Schakel', 'Entraide Marolles', 'Huis van het Kind', 'Le Pont Solidaire', 'Wijkpunt Kuregem', 'Cyclo Brussel', 'Repair Café Schaerbeek', 'Habitat & Participation', 'Tada', 'Lire et Écrire Bruxelles', 'Stadsboerderij', 'Voedselteams', 'La Fabrique du Lien', 'Digitaal Talent']
	},
	{
		legalForm: 'cv',
		helix: 'citizens',
		sector: 'cooperative',
		suffix: { nl: 'cv', fr: 'sc' },
		weight: 7,
		names: ['Energiecoöperatie Zuidwind', 'BeesCoop', 'Cohousing Tivoli', 'Brusol', 'Community Land Trust Brussel', 'Coop Velo', 'Zonnewijk', 'Épicerie Coopérative']
	},
	{
		legalForm: 'bv',
		helix: 'smes',
		sector: 'services',
		suffix: { nl: 'bv', fr: 'srl' },
		weight: 12,
		names: ['Impactlab', 'Circulab', 'GreenBuild Studio', 'Sociaal Design Bureau', 'Data for Good', 'Atelier Bois Brut', 'Pitch & Plan', 'Kringloop Logistiek', 'Urban Harvest', 'ZeroWaste Catering', 'Fair Finance Advies', 'Mobiliteitslab']
	},
	{
		legalForm: 'nv',
		helix: 'private_investors',
		sector: 'finance',
		suffix: { nl: 'nv', fr: 'sa' },
		weight: 5,
		names: ['Kapitaal voor Morgen', 'Impact Invest Belgium', 'Fonds Social Capital', 'Triodos Partners', 'Brussels Angels']
	},
	{
		legalForm: 'public_body',
		helix: 'public_authorities',
		sector: 'public',
		suffix: { nl: '', fr: '' },
		weight: 6,
		names: ['OCMW Sint-Gillis', 'CPAS d’Anderlecht', 'Gemeente Schaarbeek', 'hub.brussels', 'Innoviris', 'Vlaamse Gemeenschapscommissie']
	},
	{
		legalForm: 'university',
		helix: 'academia',
		sector: 'education',
		suffix: { nl: '', fr: '' },
		weight: 4,
		names: ['Vrije Universiteit Brussel', 'Université libre de Bruxelles', 'Erasmushogeschool Brussel', 'Haute École Bruxelles-Brabant', 'KU Leuven Campus Brussel', 'Odisee']
	}
];

export const functions = {
	nl: ['coördinator', 'oprichter', 'directeur', 'projectleider', 'bestuurder', 'adviseur', 'beleidsmedewerker', 'zaakvoerder'],
	fr: ['coordinatrice', 'fondateur', 'directrice', 'chef de projet', 'administrateur', 'conseillère', 'chargé de mission', 'gérant'],
	en: ['coordinator', 'founder', 'director', 'project lead', 'board member', 'advisor', 'policy officer', 'managing partner']
};

/** Initiative ideas: a title, the need it answers, for whom, and its themes (taxonomy keys). */
export const initiativeIdeas: { title: string; need: string; target: string; themes: string[] }[] = [
	{ title: 'Buurtkeuken op wielen', need: 'Gezonde maaltijden voor wie alleen woont', target: 'Alleenstaande ouderen', themes: ['healthy-food', 'solitude', 'ageing'] },
	{ title: 'Repair & Share Molenbeek', need: 'Spullen herstellen in plaats van weggooien', target: 'Buurtbewoners', themes: ['circular-economy', 'sustainability', 'neighbourhood'] },
	{ title: 'Énergie solidaire', need: 'Factures d’énergie trop lourdes pour les ménages précaires', target: 'Ménages à faible revenu', themes: ['green-energy', 'poverty'] },
	{ title: 'Digibank', need: 'Digitale drempels bij online administratie', target: 'Nieuwkomers en senioren', themes: ['digital-inclusion', 'inclusion'] },
	{ title: 'Jardin des possibles', need: 'Manque d’espaces verts partagés', target: 'Familles du quartier', themes: ['biodiversity', 'neighbourhood', 'well-being'] },
	{ title: 'Huurdersplatform', need: 'Slechte huisvesting en onzekere huurcontracten', target: 'Huurders in Brussel', themes: ['housing', 'poverty'] },
	{ title: 'Mentor Match Jeunes', need: 'Jeunes décrocheurs sans réseau professionnel', target: 'Jeunes de 16 à 25 ans', themes: ['youth', 'employment', 'education'] },
	{ title: 'Fietsbieb', need: 'Kinderen groeien snel uit hun fiets', target: 'Gezinnen', themes: ['mobility', 'circular-economy'] },
	{ title: 'Café Mémoire', need: 'Isolement des personnes atteintes de démence et de leurs aidants', target: 'Aidants proches', themes: ['care', 'ageing', 'mental-health'] },
	{ title: 'Taalcafé Kuregem', need: 'Weinig kansen om Nederlands te oefenen', target: 'Anderstaligen', themes: ['inclusion', 'education', 'migration'] },
	{ title: 'Cohabitation intergénérationnelle', need: 'Seniors seuls dans de grands logements, étudiants sans logement', target: 'Seniors et étudiants', themes: ['housing', 'ageing', 'solitude'] },
	{ title: 'Klimaatscholen', need: 'Klimaatonderwijs blijft abstract', target: 'Leerlingen lager onderwijs', themes: ['climate', 'education'] },
	{ title: 'Épicerie sociale mobile', need: 'Accès difficile à une alimentation de qualité', target: 'Personnes en situation de pauvreté', themes: ['poverty', 'healthy-food'] },
	{ title: 'Werkplaats Inclusie', need: 'Mensen met een beperking vinden moeilijk werk', target: 'Werkzoekenden met een beperking', themes: ['disability', 'employment', 'inclusion'] },
	{ title: 'Peer Support Mental Health', need: 'Long waiting lists for mental health care', target: 'Young adults', themes: ['mental-health', 'well-being', 'youth'] },
	{ title: 'Toits Verts Bruxellois', need: 'Îlots de chaleur en ville', target: 'Copropriétés', themes: ['climate', 'biodiversity', 'sustainability'] },
	{ title: 'Deelauto in de wijk', need: 'Te veel geparkeerde auto’s, te weinig ruimte', target: 'Buurtbewoners', themes: ['mobility', 'sustainability'] },
	{ title: 'Culture pour tous', need: 'Les familles précaires ne vont pas au théâtre', target: 'Familles', themes: ['culture', 'inclusion', 'poverty'] },
	{ title: 'Nieuwkomersnetwerk', need: 'Nieuwkomers vinden geen weg naar werk', target: 'Nieuwkomers', themes: ['migration', 'employment'] },
	{ title: 'Zorgzame buurten', need: 'Mantelzorgers raken overbelast', target: 'Mantelzorgers', themes: ['care', 'neighbourhood', 'well-being'] }
];

export const eventIdeas = [
	{ title: 'System Shakers: armoede en wonen', type: 'system_shakers', location: 'Tour & Taxis, Brussel' },
	{ title: 'Session d’information: introduire une demande', type: 'info_session', location: 'Mundo-B, Ixelles' },
	{ title: 'Co-creation day: climate in the neighbourhood', type: 'co_creation', location: 'BeCentral, Brussels' },
	{ title: 'Visiesessie 2030', type: 'vision_session', location: 'De Markten, Brussel' },
	{ title: 'Campagne d’idées: bien vieillir en ville', type: 'idea_campaign', location: 'La Vallée, Molenbeek' }
];
