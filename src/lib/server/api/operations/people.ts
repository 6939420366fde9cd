/** The shared directory's JSON API (issue F2; contract: shared/contracts/peer-ledger.md for POST /people). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	CreateOrganisationSchema,
	CreatePersonSchema,
	EraseAnswerSchema,
	MergeAnswerSchema,
	MergePeopleSchema,
	OrganisationAnswerSchema,
	OrganisationMemberAnswerSchema,
	OrganisationMemberSchema,
	OrganisationsPageSchema,
	OrganisationsQuerySchema,
	PeoplePageSchema,
	PeopleQuerySchema,
	PersonAnswerSchema,
	PersonExportSchema,
	TaxonomyAnswerSchema,
	TaxonomyTermAnswerSchema,
	TaxonomyTermSchema,
	TaxonomyTermUpdateSchema,
	UpdateOrganisationSchema,
	UpdatePersonSchema
} from '../../../schemas/people.ts';

const tag = 'people';

export const createPersonOp = defineOperation({
	id: 'createPerson',
	method: 'POST',
	path: '/api/v1/people',
	summary: 'Add a person to the directory',
	description:
		'`{name, email, roles}` plus optional fields. `name` is the display name, split into first/last name when possible. The same e-mail in any letter case answers 409 duplicate_email (details.existingId names the record). themes/offers/needs are taxonomy keys or labels.',
	tag,
	auth: 'people.create',
	body: CreatePersonSchema,
	response: PersonAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'duplicate_email', 'invalid_json']
});

export const searchPeopleOp = defineOperation({
	id: 'searchPeople',
	method: 'GET',
	path: '/api/v1/people',
	summary: 'Search the directory (full text in Dutch/French, misspelt names by trigram similarity), with facets',
	description: 'role, theme (taxonomy key), region, helix and organisation (id) take one value or several separated by commas. sort: relevance (default with q), name, -name, created, -created, updated, -updated.',
	tag,
	auth: 'people.search',
	query: PeopleQuerySchema,
	response: PeoplePageSchema,
	errors: ['validation_failed']
});

export const getPersonOp = defineOperation({
	id: 'getPerson',
	method: 'GET',
	path: '/api/v1/people/{id}',
	summary: 'One person, as the caller may see them',
	description: 'Staff see everything; a person their own record (no staff notes); a chancegiver an innovator’s public profile when the innovator agreed to be visible. Otherwise 404.',
	tag,
	auth: 'people.view',
	response: PersonAnswerSchema,
	errors: ['not_found']
});

export const updatePersonOp = defineOperation({
	id: 'updatePerson',
	method: 'PATCH',
	path: '/api/v1/people/{id}',
	summary: 'Change a person (send the version you read)',
	description: 'Only the fields sent change. When someone saved since you read `version`, 409 version_conflict and nothing changes: read again, then retry.',
	tag,
	auth: 'people.update',
	body: UpdatePersonSchema,
	response: PersonAnswerSchema,
	errors: ['validation_failed', 'not_found', 'version_conflict', 'duplicate_email', 'invalid_state']
});

export const mergePersonOp = defineOperation({
	id: 'mergePerson',
	method: 'POST',
	path: '/api/v1/people/{id}/merge',
	summary: 'Merge this (duplicate) person into another',
	description: 'Moves every record that refers to this person — in any table with a foreign key to people — to `into`; this record keeps merged_into_id. Answers the surviving record and how many rows moved per table.',
	tag,
	auth: 'people.merge',
	body: MergePeopleSchema,
	response: MergeAnswerSchema,
	errors: ['validation_failed', 'not_found', 'invalid_state', 'conflict']
});

export const exportPersonOp = defineOperation({
	id: 'exportPerson',
	method: 'GET',
	path: '/api/v1/people/{id}/export',
	summary: 'Everything the Factory holds about a person (GDPR access), as JSON',
	tag,
	auth: 'user',
	response: PersonExportSchema,
	errors: ['not_found', 'forbidden']
});

export const erasePersonOp = defineOperation({
	id: 'erasePerson',
	method: 'POST',
	path: '/api/v1/people/{id}/erase',
	summary: 'Erase a person on request (GDPR): anonymise, keep counts and ledgers',
	tag,
	auth: 'people.erase',
	response: EraseAnswerSchema,
	errors: ['not_found', 'invalid_state']
});

export const listOrganisationsOp = defineOperation({
	id: 'listOrganisations',
	method: 'GET',
	path: '/api/v1/organisations',
	summary: 'Search organisations by name (misspellings too)',
	tag,
	auth: 'organisations.read',
	query: OrganisationsQuerySchema,
	response: OrganisationsPageSchema
});

export const createOrganisationOp = defineOperation({
	id: 'createOrganisation',
	method: 'POST',
	path: '/api/v1/organisations',
	summary: 'Add an organisation (enterprise number checked with mod 97)',
	tag,
	auth: 'organisations.manage',
	body: CreateOrganisationSchema,
	response: OrganisationAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'conflict']
});

export const taxonomyOp = defineOperation({
	id: 'listTaxonomy',
	method: 'GET',
	path: '/api/v1/taxonomy',
	summary: 'The shared taxonomy: themes and needs/offers categories, labels in nl/fr/en',
	tag,
	auth: 'taxonomy.read',
	query: z.object({ includeArchived: z.enum(['true', 'false']).optional() }),
	response: TaxonomyAnswerSchema
});

export const getOrganisationOp = defineOperation({
	id: 'getOrganisation',
	method: 'GET',
	path: '/api/v1/organisations/{id}',
	summary: 'One organisation with everything linked: people with their function, timeline, records of other modules',
	tag,
	auth: 'organisations.read',
	response: OrganisationAnswerSchema,
	errors: ['not_found']
});

export const updateOrganisationOp = defineOperation({
	id: 'updateOrganisation',
	method: 'PATCH',
	path: '/api/v1/organisations/{id}',
	summary: 'Change an organisation (send the version you read)',
	description: 'Only the fields sent change. A stale version answers 409 version_conflict; an enterprise number with a wrong check digit 422 with a field error.',
	tag,
	auth: 'organisations.manage',
	body: UpdateOrganisationSchema,
	response: OrganisationAnswerSchema,
	errors: ['validation_failed', 'not_found', 'version_conflict', 'conflict']
});

export const linkOrganisationMemberOp = defineOperation({
	id: 'linkOrganisationMember',
	method: 'POST',
	path: '/api/v1/organisations/{id}/people',
	summary: 'Link a person to the organisation with their function (or change the function)',
	tag,
	auth: 'organisations.manage',
	body: OrganisationMemberSchema,
	response: OrganisationMemberAnswerSchema,
	errors: ['validation_failed', 'not_found', 'invalid_state']
});

export const unlinkOrganisationMemberOp = defineOperation({
	id: 'unlinkOrganisationMember',
	method: 'DELETE',
	path: '/api/v1/organisations/{id}/people/{personId}',
	summary: 'Remove a person’s link to the organisation',
	tag,
	auth: 'organisations.manage',
	response: OrganisationMemberAnswerSchema,
	errors: ['not_found']
});

export const createTermOp = defineOperation({
	id: 'createTaxonomyTerm',
	method: 'POST',
	path: '/api/v1/taxonomy',
	summary: 'Add a theme or needs/offers category (key + labels in nl/fr/en)',
	tag,
	auth: 'taxonomy.manage',
	body: TaxonomyTermSchema,
	response: TaxonomyTermAnswerSchema,
	status: 201,
	errors: ['validation_failed', 'conflict']
});

export const updateTermOp = defineOperation({
	id: 'updateTaxonomyTerm',
	method: 'PATCH',
	path: '/api/v1/taxonomy/{id}',
	summary: 'Rename (labels), reorder, retire (archived: true) or restore a term; the key stays',
	tag,
	auth: 'taxonomy.manage',
	body: TaxonomyTermUpdateSchema,
	response: TaxonomyTermAnswerSchema,
	errors: ['validation_failed', 'not_found']
});
