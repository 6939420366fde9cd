/**
 * The shared directory's schemas (issue F2): people, organisations, taxonomy, search,
 * merge and consent; one each for forms, API and CLI. Rules live in ../domain/people/.
 */
import { z } from 'zod';
import { EmailSchema, LocaleSchema } from './account.ts';
import {
	chancegiverRoles,
	consentPurposes,
	consentSources,
	helixPositions,
	legalForms,
	peopleSorts,
	personRoles,
	regions
} from '../domain/people/vocabulary.ts';
import { parseEnterpriseNumber } from '../domain/people/enterprise-number.ts';

export const PersonIdSchema = z.guid();

/** An optional text: blank becomes null. */
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => (v ? v : null));

const UrlSchema = z
	.string()
	.trim()
	.max(500)
	.refine((v) => /^https?:\/\/\S+$/i.test(v), 'people.invalidUrl');

/** A taxonomy term by key or label (any language), with an optional free-text note. */
export const TermRefSchema = z.union([
	z.string().trim().min(1).max(100).transform((key) => ({ key, note: null as string | null })),
	z.object({ key: z.string().trim().min(1).max(100), note: optionalText(500) })
]);
export type TermRef = z.output<typeof TermRefSchema>;

export const PersonOrganisationLinkSchema = z.object({
	organisationId: z.guid(),
	function: optionalText(200)
});

export const ConsentInputSchema = z.object({
	purpose: z.enum(consentPurposes),
	granted: z.boolean(),
	source: z.enum(consentSources).default('form'),
	/** When the person answered (a paper form signed last week); today when left out. Never in the future. */
	givenOn: z
		.union([z.literal(''), z.coerce.date()])
		.optional()
		.transform((v) => (v === '' ? undefined : v))
		.refine((v) => v === undefined || v.getTime() <= Date.now() + 60_000, 'people.consentDateFuture')
});

const personFields = {
	name: z.string().trim().min(1, 'common.fieldRequired').max(200),
	firstName: z.string().trim().max(100).optional(),
	lastName: z.string().trim().max(100).optional(),
	email: EmailSchema.nullish(),
	otherEmails: z.array(EmailSchema).max(20).default([]),
	phone: optionalText(50),
	locale: LocaleSchema.default('nl'),
	municipality: optionalText(100),
	region: z.enum(regions).nullish(),
	bio: optionalText(4000),
	links: z.array(UrlSchema).max(20).default([]),
	photo: UrlSchema.nullish(),
	roles: z.array(z.enum(personRoles)).max(10).default([]),
	chancegiverRoles: z.array(z.enum(chancegiverRoles)).max(4).default([]),
	tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
	staffNotes: optionalText(10000),
	themes: z.array(TermRefSchema).max(50).default([]),
	offers: z.array(TermRefSchema).max(50).default([]),
	needs: z.array(TermRefSchema).max(50).default([]),
	organisations: z.array(PersonOrganisationLinkSchema).max(20).default([])
};

/** `POST /api/v1/people`: `{name, email, roles}` and any of the optional fields. */
export const CreatePersonSchema = z.object({
	...personFields,
	consents: z.array(ConsentInputSchema).max(10).default([])
});
export type CreatePersonInput = z.input<typeof CreatePersonSchema>;
export type CreatePersonData = z.output<typeof CreatePersonSchema>;

const updateFields = Object.fromEntries(
	Object.entries(personFields).map(([key, schema]) => [key, (schema as z.ZodType).optional()])
) as { [K in keyof typeof personFields]: z.ZodOptional<(typeof personFields)[K]> };

/**
 * `PATCH /api/v1/people/{id}`: only the fields sent change; `version` is the version the
 * editor saw (409 version_conflict when someone saved in between).
 */
export const UpdatePersonSchema = z.object({
	...updateFields,
	name: personFields.name.optional(),
	version: z.coerce.number().int().min(1)
});
export type UpdatePersonInput = z.input<typeof UpdatePersonSchema>;
export type UpdatePersonData = z.output<typeof UpdatePersonSchema>;

const listParam = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean)));

/** `GET /api/v1/people?q=&role=&theme=&region=&helix=&organisation=&page=&sort=` */
export const PeopleQuerySchema = z.object({
	q: z.string().trim().max(200).optional().default(''),
	role: listParam,
	theme: listParam,
	region: listParam,
	helix: listParam,
	organisation: listParam,
	page: z.coerce.number().int().min(1).max(10000).optional().default(1),
	pageSize: z.coerce.number().int().min(1).max(200).optional().default(25),
	sort: z.enum(peopleSorts).optional()
});
export type PeopleQuery = z.output<typeof PeopleQuerySchema>;

export const MergePeopleSchema = z.object({ into: PersonIdSchema });

export const EnterpriseNumberSchema = z
	.string()
	.trim()
	.max(30)
	.nullish()
	.transform((v, ctx) => {
		if (!v) return null;
		const parsed = parseEnterpriseNumber(v);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: parsed.reason === 'checksum' ? 'people.enterpriseChecksum' : 'people.enterpriseFormat' });
			return z.NEVER;
		}
		return parsed.value;
	});

const organisationFields = {
	name: z.string().trim().min(1, 'common.fieldRequired').max(200),
	legalForm: z.enum(legalForms).nullish(),
	enterpriseNumber: EnterpriseNumberSchema,
	sector: optionalText(100),
	helix: z.enum(helixPositions).nullish(),
	website: UrlSchema.nullish(),
	municipality: optionalText(100),
	region: z.enum(regions).nullish(),
	description: optionalText(4000)
};

export const CreateOrganisationSchema = z.object(organisationFields);
export type CreateOrganisationInput = z.input<typeof CreateOrganisationSchema>;

/** `PATCH /api/v1/organisations/{id}`: only the fields sent change; `version` as read (else 409). */
export const UpdateOrganisationSchema = z.object({
	...organisationFields,
	name: organisationFields.name.optional(),
	legalForm: organisationFields.legalForm.optional(),
	enterpriseNumber: organisationFields.enterpriseNumber.optional(),
	sector: organisationFields.sector.optional(),
	helix: organisationFields.helix.optional(),
	website: organisationFields.website.optional(),
	municipality: organisationFields.municipality.optional(),
	region: organisationFields.region.optional(),
	description: organisationFields.description.optional(),
	version: z.coerce.number().int().min(1)
});
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationSchema>;

/** Linking a person to an organisation with their function there. */
export const OrganisationMemberSchema = z.object({
	personId: z.guid(),
	function: optionalText(200)
});

export const OrganisationsQuerySchema = z.object({
	q: z.string().trim().max(200).optional().default(''),
	helix: z.enum(helixPositions).optional(),
	page: z.coerce.number().int().min(1).max(10000).optional().default(1)
});

export const TaxonomyTermSchema = z.object({
	kind: z.enum(['theme', 'category']),
	key: z
		.string()
		.trim()
		.min(1, 'common.fieldRequired')
		.max(60)
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'people.termKeyFormat'),
	labelNl: z.string().trim().min(1, 'common.fieldRequired').max(100),
	labelFr: z.string().trim().min(1, 'common.fieldRequired').max(100),
	labelEn: z.string().trim().min(1, 'common.fieldRequired').max(100),
	sortOrder: z.coerce.number().int().min(0).max(100000).default(0)
});

/** Renaming (labels), reordering, retiring or restoring a term; the key never changes. */
export const TaxonomyTermUpdateSchema = TaxonomyTermSchema.pick({ labelNl: true, labelFr: true, labelEn: true, sortOrder: true })
	.partial()
	.extend({ archived: z.boolean().optional() });

export const SavedFilterSchema = z.object({
	name: z.string().trim().min(1, 'common.fieldRequired').max(100),
	query: z.string().trim().max(1000)
});

/** Answers (for the OpenAPI document; the services return these shapes). */
export const PersonAnswerSchema = z.looseObject({ id: z.string(), displayName: z.string() });
export const PeoplePageSchema = z.object({
	items: z.array(z.looseObject({ id: z.string(), displayName: z.string() })),
	total: z.number().int(),
	page: z.number().int(),
	pageSize: z.number().int(),
	facets: z.record(z.string(), z.record(z.string(), z.number())).optional()
});
export const OrganisationAnswerSchema = z.looseObject({ id: z.string(), name: z.string() });
export const OrganisationsPageSchema = z.object({
	items: z.array(OrganisationAnswerSchema),
	total: z.number().int(),
	page: z.number().int()
});
export const TaxonomyAnswerSchema = z.object({
	items: z.array(
		z.object({
			id: z.string(),
			kind: z.string(),
			key: z.string(),
			labelNl: z.string(),
			labelFr: z.string(),
			labelEn: z.string(),
			label: z.string(),
			sortOrder: z.number().int(),
			usage: z.number().int(),
			archived: z.boolean()
		})
	)
});
export const TaxonomyTermAnswerSchema = z.looseObject({ id: z.string(), kind: z.string(), key: z.string(), labelNl: z.string(), labelFr: z.string(), labelEn: z.string() });
export const OrganisationMemberAnswerSchema = z.object({ organisationId: z.string(), personId: z.string(), function: z.string().nullable().optional() });
export const PersonExportSchema = z.looseObject({ person: z.looseObject({ id: z.string() }), exportedAt: z.string() });
export const MergeAnswerSchema = z.object({ id: z.string(), mergedFrom: z.string(), moved: z.record(z.string(), z.number()) });
export const EraseAnswerSchema = z.object({ id: z.string(), erasedAt: z.string() });
