/**
 * Column headers in Dutch, French or English, as offices type them, recognised as the
 * fields of an import. Unknown headers are left for the person (UI mapping step or
 * `--map header=field`) to map or ignore.
 */
export const importFields = [
	'firstName',
	'lastName',
	'name',
	'email',
	'phone',
	'organisation',
	'enterpriseNumber',
	'legalForm',
	'function',
	'municipality',
	'region',
	'language',
	'roles',
	'themes',
	'offers',
	'needs',
	'tags',
	'newsletter',
	'consentDate'
] as const;
export type ImportField = (typeof importFields)[number];

export function isImportField(value: string): value is ImportField {
	return (importFields as readonly string[]).includes(value);
}

/** Lowercase, without accents, apostrophes, dots, dashes or spaces: "Thema's" → "themas". */
export function normaliseHeader(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\s'’`´.\-_/()*:]+/g, '');
}

const aliases: Record<ImportField, string[]> = {
	firstName: ['voornaam', 'prenom', 'first name', 'firstname', 'given name', 'roepnaam'],
	lastName: ['achternaam', 'familienaam', 'naam', 'nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name'],
	name: ['volledige naam', 'nom complet', 'full name', 'name', 'displayname', 'display name', 'contact', 'contactpersoon', 'personne de contact'],
	email: ['e-mail', 'email', 'mail', 'e-mailadres', 'emailadres', 'courriel', 'adresse e-mail', 'adresse email', 'email address', 'e-mail address'],
	phone: ['telefoon', 'telefoonnummer', 'gsm', 'tel', 'telephone', 'numero de telephone', 'portable', 'phone', 'phone number', 'mobile'],
	organisation: ['organisatie', 'bedrijf', 'onderneming', 'organisation', 'organization', 'entreprise', 'societe', 'company', 'werkgever'],
	enterpriseNumber: ['ondernemingsnummer', 'kbo', 'kbo nummer', 'kbo-nummer', 'btw', 'btw-nummer', "numero d'entreprise", 'numero entreprise', 'bce', 'numero bce', 'tva', 'enterprise number', 'company number', 'vat', 'vat number'],
	legalForm: ['rechtsvorm', 'forme juridique', 'legal form'],
	function: ['functie', 'fonction', 'function', 'job title', 'titel', 'titre', 'role in organisation', 'position'],
	municipality: ['gemeente', 'woonplaats', 'stad', 'plaats', 'commune', 'localite', 'ville', 'municipality', 'city', 'town'],
	region: ['regio', 'gewest', 'region'],
	language: ['taal', 'voertaal', 'langue', 'language', 'lang'],
	roles: ['rollen', 'rol', 'roles', 'role', 'type', 'soort'],
	themes: ["thema's", 'themas', 'thema', 'themes', 'theme', 'thematiques', 'topics'],
	offers: ['aanbod', 'biedt', 'expertise', 'offre', 'offres', 'offers', 'offer', 'skills', 'competences'],
	needs: ['noden', 'nood', 'behoeften', 'vraag', 'besoins', 'besoin', 'needs', 'need'],
	tags: ['tags', 'labels', 'trefwoorden', 'mots-cles', 'mots cles', 'keywords', 'etiquettes'],
	newsletter: ['nieuwsbrief', 'newsletter', 'lettre d’information', "lettre d'information", 'infolettre'],
	consentDate: ['toestemmingsdatum', 'datum toestemming', 'toestemming op', 'date de consentement', 'date consentement', 'consent date', 'consented on', 'date of consent']
};

const byAlias = new Map<string, ImportField>();
for (const field of importFields) {
	byAlias.set(normaliseHeader(field), field);
	for (const alias of aliases[field]) byAlias.set(normaliseHeader(alias), field);
}

export function recogniseHeader(header: string): ImportField | undefined {
	return byAlias.get(normaliseHeader(header));
}

export interface ColumnMapping {
	index: number;
	header: string;
	/** null: ignored (unknown and not mapped, or mapped to "ignore"). */
	field: ImportField | null;
	/** How the field was chosen. */
	source: 'recognised' | 'mapped' | 'unknown' | 'ignored';
}

/**
 * Maps every header to a field. `overrides` (normalised header → field or 'ignore') win
 * over recognition. A field mapped twice keeps its first column; later ones are ignored.
 */
export function mapColumns(headers: string[], overrides: Record<string, string> = {}): ColumnMapping[] {
	const normalisedOverrides = new Map(Object.entries(overrides).map(([h, f]) => [normaliseHeader(h), f]));
	const taken = new Set<ImportField>();
	const columns = headers.map((header, index): ColumnMapping => {
		const override = normalisedOverrides.get(normaliseHeader(header));
		if (override === 'ignore' || header.trim() === '') return { index, header, field: null, source: 'ignored' as const };
		const mapped = override && isImportField(override) ? override : undefined;
		const field = mapped ?? recogniseHeader(header);
		if (!field || taken.has(field)) {
			return { index, header, field: null, source: field ? ('ignored' as const) : ('unknown' as const) };
		}
		taken.add(field);
		return { index, header, field, source: mapped ? ('mapped' as const) : ('recognised' as const) };
	});
	// "Naam"/"Nom" alone is the whole name; next to "Voornaam"/"Prénom" it is the last name.
	const last = columns.find((c) => c.field === 'lastName' && c.source === 'recognised');
	if (last && !taken.has('firstName') && !taken.has('name')) last.field = 'name';
	return columns;
}
