/**
 * Exports the shared directory: every person (not merged away, not erased) with
 * organisations, roles, themes, offers, needs, tags and newsletter consent. CSV and XLSX
 * use headers the import recognises and one row per organisation, so an export imports
 * back onto the same records with nothing changed; JSON gives one object per person.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consents, organisations, people, personOrganisations, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { ExportFormat } from '../../../schemas/import.ts';
import { formatDate, formatEnterpriseNumber } from '../../../domain/import/values.ts';
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { writeXlsx } from '../import/xlsx.ts';

export interface ExportedPerson {
	email: string | null;
	firstName: string;
	lastName: string;
	displayName: string;
	phone: string | null;
	municipality: string | null;
	region: string | null;
	language: string;
	roles: string[];
	chancegiverRoles: string[];
	tags: string[];
	themes: string[];
	offers: string[];
	needs: string[];
	organisations: { name: string; enterpriseNumber: string | null; legalForm: string | null; function: string | null }[];
	newsletter: { granted: boolean; date: string } | null;
}

export interface ExportFile {
	fileName: string;
	contentType: string;
	body: Uint8Array;
}

/** Headers the import recognises (English), in the order staff read them. */
export const exportHeaders = [
	'First name', 'Last name', 'Full name', 'Email', 'Phone', 'Organisation', 'Enterprise number', 'Legal form', 'Function',
	'Municipality', 'Region', 'Language', 'Roles', 'Themes', 'Offers', 'Needs', 'Tags', 'Newsletter', 'Consent date'
];

export async function listExportedPeople(db: Db, locale: Locale): Promise<ExportedPerson[]> {
	const rows = await db
		.select()
		.from(people)
		.where(and(isNull(people.mergedIntoId), isNull(people.erasedAt)))
		.orderBy(asc(people.displayName), asc(people.email));
	const terms = await db
		.select({ personId: personTerms.personId, relation: personTerms.relation, key: taxonomyTerms.key, nl: taxonomyTerms.labelNl, fr: taxonomyTerms.labelFr, en: taxonomyTerms.labelEn })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.key));
	const links = await db
		.select({ personId: personOrganisations.personId, name: organisations.name, enterpriseNumber: organisations.enterpriseNumber, legalForm: organisations.legalForm, function: personOrganisations.function })
		.from(personOrganisations)
		.innerJoin(organisations, eq(organisations.id, personOrganisations.organisationId))
		.orderBy(asc(personOrganisations.createdAt), asc(organisations.name));
	const newsletter = await db
		.select({ personId: consents.personId, granted: consents.granted, recordedAt: consents.recordedAt })
		.from(consents)
		.where(eq(consents.purpose, 'newsletter'))
		.orderBy(desc(consents.recordedAt));
	const label = (t: (typeof terms)[number]) => {
		const text = t[locale];
		// A label with a list separator would split on import: the stable key is safer there.
		return /[,;|\n]/.test(text) ? t.key : text;
	};
	const termsOf = new Map<string, { theme: string[]; offer: string[]; need: string[] }>();
	for (const t of terms) {
		const entry = termsOf.get(t.personId) ?? { theme: [], offer: [], need: [] };
		entry[t.relation as 'theme' | 'offer' | 'need'].push(label(t));
		termsOf.set(t.personId, entry);
	}
	const linksOf = new Map<string, ExportedPerson['organisations']>();
	for (const { personId, ...link } of links) linksOf.set(personId, [...(linksOf.get(personId) ?? []), link]);
	const consentOf = new Map<string, ExportedPerson['newsletter']>();
	for (const c of newsletter) {
		if (consentOf.has(c.personId)) continue;
		const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(c.recordedAt);
		consentOf.set(c.personId, { granted: c.granted === 'yes', date: day });
	}
	return rows.map((p) => ({
		email: p.email,
		firstName: p.firstName,
		lastName: p.lastName,
		displayName: p.displayName,
		phone: p.phone,
		municipality: p.municipality,
		region: p.region,
		language: p.locale,
		roles: p.roles,
		chancegiverRoles: p.chancegiverRoles,
		tags: p.tags,
		themes: termsOf.get(p.id)?.theme ?? [],
		offers: termsOf.get(p.id)?.offer ?? [],
		needs: termsOf.get(p.id)?.need ?? [],
		organisations: linksOf.get(p.id) ?? [],
		newsletter: consentOf.get(p.id) ?? null
	}));
}

/** One row per organisation of a person (at least one row per person). */
export function exportRows(list: ExportedPerson[]): string[][] {
	const rows: string[][] = [];
	for (const p of list) {
		const roles = [...p.roles.filter((r) => r !== 'chancegiver' || p.chancegiverRoles.length === 0), ...p.chancegiverRoles];
		const common = (organisation: ExportedPerson['organisations'][number] | undefined) => [
			p.firstName, p.lastName, p.displayName, p.email ?? '', p.phone ?? '',
			organisation?.name ?? '',
			organisation?.enterpriseNumber ? formatEnterpriseNumber(organisation.enterpriseNumber) : '',
			organisation?.legalForm ?? '', organisation?.function ?? '',
			p.municipality ?? '', p.region ?? '', p.language,
			roles.join(', '), p.themes.join(', '), p.offers.join(', '), p.needs.join(', '), p.tags.join(', '),
			p.newsletter ? (p.newsletter.granted ? 'yes' : 'no') : '',
			p.newsletter ? formatDate(p.newsletter.date) : ''
		];
		if (p.organisations.length === 0) rows.push(common(undefined));
		for (const organisation of p.organisations) rows.push(common(organisation));
	}
	return rows;
}

export async function exportPeople(db: Db, actor: Actor, format: ExportFormat, locale: Locale = 'nl'): Promise<ExportFile> {
	authorize(actor, 'directory.export');
	const list = await listExportedPeople(db, locale);
	if (format === 'json') {
		return { fileName: 'people.json', contentType: 'application/json; charset=utf-8', body: new TextEncoder().encode(JSON.stringify(list, null, 1) + '\n') };
	}
	if (format === 'xlsx') {
		return {
			fileName: 'people.xlsx',
			contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			body: await writeXlsx('People', exportHeaders, exportRows(list))
		};
	}
	return { fileName: 'people.csv', contentType: 'text/csv; charset=utf-8', body: new TextEncoder().encode(writeCsv(exportHeaders, exportRows(list))) };
}
