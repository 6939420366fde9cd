/** The directory's fixed vocabularies (the taxonomy itself lives in the database). */
export const personRoles = ['innovator', 'chancegiver', 'potential', 'partner', 'press', 'staff', 'member'] as const;
export type PersonRole = (typeof personRoles)[number];

export const chancegiverRoles = ['funder', 'expert', 'mentor', 'networker'] as const;
export type ChancegiverRole = (typeof chancegiverRoles)[number];

export const regions = ['flanders', 'brussels', 'wallonia', 'abroad'] as const;
export type Region = (typeof regions)[number];

export const helixPositions = [
	'academia',
	'citizens',
	'smes',
	'private_investors',
	'public_authorities',
	'civil_society'
] as const;
export type Helix = (typeof helixPositions)[number];

export const legalForms = [
	'vzw',
	'ivzw',
	'stichting',
	'cv',
	'bv',
	'nv',
	'vof',
	'commv',
	'sole_trader',
	'public_body',
	'university',
	'school',
	'feitelijke_vereniging',
	'foreign',
	'other'
] as const;
export type LegalForm = (typeof legalForms)[number];

export const consentPurposes = ['newsletter', 'profile_visible', 'photo_use'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentSources = ['form', 'email', 'paper', 'verbal', 'import', 'profile'] as const;

export const termRelations = ['theme', 'offer', 'need'] as const;
export type TermRelation = (typeof termRelations)[number];

export const peopleSorts = ['relevance', 'name', '-name', 'created', '-created', 'updated', '-updated'] as const;
export type PeopleSort = (typeof peopleSorts)[number];
