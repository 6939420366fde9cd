/**
 * One cell's value, checked and normalised: e-mail, Belgian enterprise number (mod 97),
 * dd/mm/yyyy dates, language, region, roles and lists. Each parser returns the value or
 * a problem (an i18n key under `import.`), never throws.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; params?: Record<string, string> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(key: string, params?: Record<string, string>): Parsed<T> => ({ ok: false, problem: key, params });

/** Plain, practical e-mail check: one @, a dot in the domain, no spaces; lowercased. */
export function parseEmail(cell: string): Parsed<string> {
	const email = cell.trim().replace(/^mailto:/i, '').toLowerCase();
	if (!/^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[a-z]{2,}$/i.test(email) || email.includes('..')) {
		return problem('import.invalidEmail', { value: cell.trim() });
	}
	return ok(email);
}

/** True when the ten digits carry a valid check: 97 − (first 8 digits mod 97) = last 2. */
export function isValidEnterpriseNumber(digits: string): boolean {
	if (!/^[01]\d{9}$/.test(digits)) return false;
	return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** "BE 0123.456.749", "0123456749" or the old 9 digits → "0123456749". */
export function parseEnterpriseNumber(cell: string): Parsed<string> {
	let digits = cell.trim().replace(/^BE/i, '').replace(/[\s.\-/]/g, '');
	if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
	if (!/^\d{10}$/.test(digits)) return problem('import.enterpriseNumberFormat', { value: cell.trim() });
	if (!isValidEnterpriseNumber(digits)) return problem('import.enterpriseNumberCheck', { value: cell.trim() });
	return ok(digits);
}

/** "0123456749" → "0123.456.749", how the KBO/BCE writes it. */
export function formatEnterpriseNumber(digits: string): string {
	return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** dd/mm/yyyy (also with - or .) or ISO yyyy-mm-dd → "yyyy-mm-dd", a real calendar day. */
export function parseDate(cell: string): Parsed<string> {
	const text = cell.trim();
	let day: number, month: number, year: number;
	let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
	if (match) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else return problem('import.invalidDate', { value: text });
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return problem('import.invalidDate', { value: text });
	}
	return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** "yyyy-mm-dd" → "dd/mm/yyyy", as exports write dates for Belgian spreadsheets. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${day}/${month}/${year}`;
}

/** Lowercase without accents and surrounding punctuation, for matching words. */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’`´]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

function lookup<T extends string>(table: Record<T, string[]>, cell: string): T | undefined {
	const word = normaliseWord(cell);
	for (const [value, words] of Object.entries(table) as [T, string[]][]) {
		if (value === word || words.includes(word)) return value;
	}
	return undefined;
}

const languages = {
	nl: ['nederlands', 'dutch', 'neerlandais', 'vlaams', 'n'],
	fr: ['frans', 'francais', 'french', 'f'],
	en: ['engels', 'anglais', 'english', 'e']
};

export function parseLanguage(cell: string): Parsed<'nl' | 'fr' | 'en'> {
	const value = lookup(languages, cell);
	return value ? ok(value) : problem('import.unknownLanguage', { value: cell.trim() });
}

const regions = {
	flanders: ['vlaanderen', 'vlaams gewest', 'flandre', 'flandres', 'region flamande', 'vl'],
	brussels: ['brussel', 'bruxelles', 'brussels hoofdstedelijk gewest', 'region de bruxelles-capitale', 'brussels-capital', 'bxl'],
	wallonia: ['wallonie', 'wallonië', 'region wallonne', 'waals gewest'],
	abroad: ['buitenland', 'etranger', 'international']
};

export function parseRegion(cell: string): Parsed<string> {
	const value = lookup(regions, cell);
	return value ? ok(value) : problem('import.unknownRegion', { value: cell.trim() });
}

export const personRoles = ['innovator', 'chancegiver', 'potential', 'partner', 'press', 'staff', 'member'] as const;
export const chancegiverRoles = ['funder', 'expert', 'mentor', 'networker'] as const;

const roleWords = {
	innovator: ['innovateur', 'innovatrice', 'vernieuwer', 'sociale innovator'],
	chancegiver: ['kansgever', 'kansengever', 'donneur de chance', 'donneuse de chance', 'chance giver'],
	potential: ['potentieel', 'potentiel', 'potentiele', 'prospect'],
	partner: ['partenaire'],
	press: ['pers', 'presse', 'media'],
	staff: ['medewerker', 'personeel', 'personnel', 'equipe'],
	member: ['lid', 'membre'],
	funder: ['financier', 'financeur', 'financeuse', 'investeerder', 'investisseur', 'investor'],
	expert: ['experte', 'deskundige'],
	mentor: ['mentore', 'coach'],
	networker: ['netwerker', 'reseauteur', 'reseauteuse', 'connector']
};

/** Role words in any language; a funder/expert/mentor/networker is also a chancegiver. */
export function parseRoles(words: string[]): { roles: string[]; chancegiverRoles: string[]; unknown: string[] } {
	const roles = new Set<string>();
	const cg = new Set<string>();
	const unknown: string[] = [];
	for (const word of words) {
		const role = lookup(roleWords, word);
		if (!role) unknown.push(word);
		else if ((chancegiverRoles as readonly string[]).includes(role)) {
			cg.add(role);
			roles.add('chancegiver');
		} else roles.add(role);
	}
	return { roles: [...roles].sort(), chancegiverRoles: [...cg].sort(), unknown };
}

const yes = ['ja', 'j', 'yes', 'y', 'oui', 'o', 'x', '1', 'true', 'waar', 'vrai'];
const no = ['nee', 'neen', 'n', 'no', 'non', '0', 'false', 'onwaar', 'faux'];

export function parseYesNo(cell: string): Parsed<boolean> {
	const word = normaliseWord(cell);
	if (yes.includes(word)) return ok(true);
	if (no.includes(word)) return ok(false);
	return problem('import.invalidYesNo', { value: cell.trim() });
}

/** A list cell: items separated by comma, semicolon, pipe or newline; empty items dropped. */
export function splitList(cell: string): string[] {
	return cell
		.split(/[,;|\n\r]+/)
		.map((item) => item.trim())
		.filter((item) => item !== '');
}
