/**
 * From a sheet and its column mapping to the people it describes: every cell checked
 * (problems named by spreadsheet row and column header), rows with the same e-mail merged
 * into one person, in file order. Pure: the taxonomy comes in as a {@link Vocabulary}.
 */
import type { ColumnMapping, ImportField } from './headers.ts';
import type { Sheet } from './csv.ts';
import type { Vocabulary } from './vocabulary.ts';
import {
	parseDate,
	parseEmail,
	parseEnterpriseNumber,
	parseLanguage,
	parseRegion,
	parseRoles,
	parseYesNo,
	splitList,
	type Parsed
} from './values.ts';

export interface RowProblem {
	row: number;
	column: string;
	/** i18n key (under `import.`) and its parameters. */
	key: string;
	params?: Record<string, string>;
}

export interface OrganisationDraft {
	name: string;
	enterpriseNumber?: string;
	legalForm?: string;
	function?: string;
}

/** What the file says about one person; absent fields leave the record as it is. */
export interface PersonDraft {
	email: string;
	rows: number[];
	firstName?: string;
	lastName?: string;
	displayName?: string;
	phone?: string;
	municipality?: string;
	region?: string;
	locale?: 'nl' | 'fr' | 'en';
	roles: string[];
	chancegiverRoles: string[];
	tags: string[];
	/** Taxonomy keys. */
	themes: string[];
	offers: string[];
	needs: string[];
	/** Rows of one person may name several organisations (an export writes one row per organisation). */
	organisations: OrganisationDraft[];
	newsletter?: { granted: boolean; date?: string };
}

export interface ReadResult {
	people: PersonDraft[];
	errors: RowProblem[];
	warnings: RowProblem[];
	/** Data rows (non-blank) and how many of them had an error. */
	rowCount: number;
	badRowCount: number;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

function readRow(cells: Map<ImportField, { value: string; header: string }>, row: number, vocabulary: Vocabulary) {
	const errors: RowProblem[] = [];
	const warnings: RowProblem[] = [];
	const get = (field: ImportField) => {
		const value = cells.get(field)?.value.trim();
		// Exports write '=… as text so spreadsheets do not run it as a formula; read it back.
		return value ? (/^'[=+\-@]/.test(value) ? value.slice(1) : value) : undefined;
	};
	const header = (field: ImportField) => cells.get(field)?.header ?? field;
	function check<T>(field: ImportField, parse: (cell: string) => Parsed<T>, list = errors): T | undefined {
		const cell = get(field);
		if (cell === undefined) return undefined;
		const parsed = parse(cell);
		if (parsed.ok) return parsed.value;
		list.push({ row, column: header(field), key: parsed.problem, params: parsed.params });
		return undefined;
	}
	const emailCell = get('email');
	if (emailCell === undefined) errors.push({ row, column: header('email'), key: 'import.emailRequired' });
	const email = check('email', parseEmail);
	const enterpriseNumber = check('enterpriseNumber', parseEnterpriseNumber);
	const consentDate = check('consentDate', parseDate);
	const newsletter = check('newsletter', parseYesNo);
	const locale = check('language', parseLanguage, warnings);
	const region = check('region', parseRegion, warnings);
	const roleWords = parseRoles(splitList(get('roles') ?? ''));
	for (const word of roleWords.unknown) warnings.push({ row, column: header('roles'), key: 'import.unknownRole', params: { value: word } });
	const tags = splitList(get('tags') ?? '');
	const terms = (field: 'themes' | 'offers' | 'needs', kind: 'theme' | 'category') => {
		const keys: string[] = [];
		for (const word of splitList(get(field) ?? '')) {
			const key = vocabulary.find(kind, word);
			if (key) keys.push(key);
			else {
				warnings.push({ row, column: header(field), key: 'import.unknownTerm', params: { value: word } });
				tags.push(word);
			}
		}
		return [...new Set(keys)];
	};
	const themes = terms('themes', 'theme');
	const offers = terms('offers', 'category');
	const needs = terms('needs', 'category');
	if (errors.length > 0 || !email) return { errors, warnings, draft: undefined };
	let firstName = get('firstName');
	let lastName = get('lastName');
	const name = get('name');
	if (name && !firstName && !lastName) {
		const space = name.indexOf(' ');
		[firstName, lastName] = space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name, undefined];
	}
	const displayName = name ?? ([firstName, lastName].filter(Boolean).join(' ') || undefined);
	const organisationName = get('organisation');
	const draft: PersonDraft = {
		email,
		rows: [row],
		firstName,
		lastName,
		displayName,
		phone: get('phone'),
		municipality: get('municipality'),
		region,
		locale,
		roles: roleWords.roles,
		chancegiverRoles: roleWords.chancegiverRoles,
		tags: [...new Set(tags)],
		themes,
		offers,
		needs,
		organisations: organisationName
			? [{ name: organisationName, enterpriseNumber, legalForm: get('legalForm'), function: get('function') }]
			: [],
		newsletter: newsletter === undefined ? undefined : { granted: newsletter, date: consentDate }
	};
	return { errors, warnings, draft };
}

/** Later rows fill in and override what earlier rows of the same person said; lists add up. */
function mergeDrafts(into: PersonDraft, next: PersonDraft): void {
	into.rows.push(...next.rows);
	for (const key of ['firstName', 'lastName', 'displayName', 'phone', 'municipality', 'region', 'locale'] as const) {
		if (next[key] !== undefined) (into as unknown as Record<string, unknown>)[key] = next[key];
	}
	for (const key of ['roles', 'chancegiverRoles', 'tags', 'themes', 'offers', 'needs'] as const) {
		into[key] = union(into[key], next[key]);
	}
	into.roles.sort();
	into.chancegiverRoles.sort();
	for (const organisation of next.organisations) {
		const same = into.organisations.findIndex((o) => o.name.toLowerCase() === organisation.name.toLowerCase());
		if (same >= 0) into.organisations[same] = organisation;
		else into.organisations.push(organisation);
	}
	if (next.newsletter) into.newsletter = next.newsletter;
}

export function readPeople(sheet: Sheet, columns: ColumnMapping[], vocabulary: Vocabulary): ReadResult {
	const errors: RowProblem[] = [];
	const warnings: RowProblem[] = [];
	const byEmail = new Map<string, PersonDraft>();
	let badRowCount = 0;
	for (const { row, cells } of sheet.rows) {
		const byField = new Map<ImportField, { value: string; header: string }>();
		for (const column of columns) {
			if (column.field) byField.set(column.field, { value: cells[column.index] ?? '', header: column.header });
		}
		const result = readRow(byField, row, vocabulary);
		errors.push(...result.errors);
		warnings.push(...result.warnings);
		if (!result.draft) {
			badRowCount++;
			continue;
		}
		const existing = byEmail.get(result.draft.email);
		if (existing) mergeDrafts(existing, result.draft);
		else byEmail.set(result.draft.email, result.draft);
	}
	return { people: [...byEmail.values()], errors, warnings, rowCount: sheet.rows.length, badRowCount };
}
