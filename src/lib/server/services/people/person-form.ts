/** The person form (new and edit pages) as service input: lists from commas, lines and checkboxes. */
import type { CreatePersonInput } from '../../../schemas/people.ts';

type FormObject = Record<string, string | string[]>;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : v ? [v] : []);
const split = (v: string | string[] | undefined, by: RegExp) =>
	all(v)
		.flatMap((s) => s.split(by))
		.map((s) => s.trim())
		.filter(Boolean);
const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export function personInputFromForm(form: FormObject): CreatePersonInput {
	const email = text(form.email).trim();
	return {
		name: text(form.name),
		email: email ? email : null,
		otherEmails: split(form.otherEmails, /[,;\s]+/),
		phone: text(form.phone),
		locale: (text(form.locale) || 'nl') as 'nl',
		municipality: text(form.municipality),
		region: (text(form.region) || null) as null,
		bio: text(form.bio),
		links: split(form.links, /\r?\n/),
		photo: text(form.photo).trim() || null,
		roles: all(form.roles) as CreatePersonInput['roles'],
		chancegiverRoles: all(form.chancegiverRoles) as CreatePersonInput['chancegiverRoles'],
		tags: split(form.tags, /,/),
		staffNotes: text(form.staffNotes),
		themes: all(form.themes),
		offers: all(form.offers),
		needs: all(form.needs)
	};
}

/** A form failure keeps every ticked box (repeated keys), not only the last value. */
export function keepListValues<F>(failure: F, form: FormObject): F {
	const data = (failure as { data?: { values?: unknown } }).data;
	if (data) data.values = form;
	return failure;
}

/** A person record as the edit form's values. */
export function personFormValues(person: {
	displayName: string;
	email: string | null;
	otherEmails: string[];
	phone: string | null;
	locale: string;
	municipality: string | null;
	region: string | null;
	bio: string | null;
	links: string[];
	photo: string | null;
	roles: string[];
	chancegiverRoles: string[];
	tags: string[];
	staffNotes: string | null;
	themes: { key: string }[];
	offers: { key: string }[];
	needs: { key: string }[];
	version: number;
}): FormObject {
	return {
		name: person.displayName,
		email: person.email ?? '',
		otherEmails: person.otherEmails.join(', '),
		phone: person.phone ?? '',
		locale: person.locale,
		municipality: person.municipality ?? '',
		region: person.region ?? '',
		bio: person.bio ?? '',
		links: person.links,
		photo: person.photo ?? '',
		roles: person.roles,
		chancegiverRoles: person.chancegiverRoles,
		tags: person.tags.join(', '),
		staffNotes: person.staffNotes ?? '',
		themes: person.themes.map((t) => t.key),
		offers: person.offers.map((t) => t.key),
		needs: person.needs.map((t) => t.key),
		version: String(person.version)
	};
}
