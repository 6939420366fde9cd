/**
 * The demo data set as plain values, from a seed: the same seed and `now` give the same
 * data, byte for byte (docs/decisions/052-demo-data.md). No I/O; seed-demo.ts writes it.
 */
import { isValidEnterpriseNumber } from '../../../domain/import/values.ts';
import { eventIdeas, functions, initiativeIdeas, namePools, organisationKinds, places, type Place } from './demo-words.ts';
import { slugify } from '../../../domain/events/slug.ts';

export type DemoSize = 'small' | 'large';

export const demoCounts: Record<DemoSize, { organisations: number; innovators: number; chancegivers: number; potentials: number; partners: number; press: number; events: number }> = {
	large: { organisations: 60, innovators: 150, chancegivers: 200, potentials: 50, partners: 10, press: 5, events: 5 },
	small: { organisations: 6, innovators: 15, chancegivers: 20, potentials: 5, partners: 1, press: 1, events: 2 }
};

export interface DemoOrganisation {
	name: string;
	legalForm: string;
	enterpriseNumber: string;
	helix: string;
	sector: string;
	website: string;
	municipality: string;
	region: string;
}

export interface DemoPerson {
	firstName: string;
	lastName: string;
	displayName: string;
	email: string;
	phone: string;
	locale: 'nl' | 'fr' | 'en';
	municipality: string;
	region: string;
	bio: string;
	roles: string[];
	chancegiverRoles: string[];
	/** Taxonomy keys. */
	themes: string[];
	offers: string[];
	needs: string[];
	/** Index into organisations, with a function. */
	organisation?: { index: number; function: string };
	newsletter: boolean;
	profileVisible: boolean;
	createdAt: Date;
}

export type EngagementState = 'requested' | 'intake_planned' | 'active' | 'paused' | 'referred_out' | 'exited';

export interface DemoInitiative {
	title: string;
	societalNeed: string;
	targetGroup: string;
	themes: string[];
	stage: 'idea' | 'pilot' | 'scaling';
	organisation?: number;
	/** Indexes into people (innovators). */
	people: number[];
	engagement: { state: EngagementState; path: EngagementState[]; requestedAt: Date; needs: string[] };
}

export interface DemoEvent {
	title: string;
	/** The public address /e/{slug}; titles of the demo ideas differ, so their slugs do too. */
	slug: string;
	type: string;
	description: string;
	location: string;
	startsAt: Date;
	endsAt: Date;
	capacity: number;
}

export interface DemoData {
	organisations: DemoOrganisation[];
	people: DemoPerson[];
	initiatives: DemoInitiative[];
	events: DemoEvent[];
}

/** mulberry32: small, fast, good enough for demo data, and the same on every machine. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A valid Belgian enterprise number (10 digits, mod-97 check) from a random source. */
export function randomEnterpriseNumber(random: () => number): string {
	// Numbers handed out today start with 0 and then 2–9 (0200.000.000 to 0999.999.999).
	const first8 = `0${2_000_000 + Math.floor(random() * 8_000_000)}`;
	const check = 97 - (Number(first8) % 97);
	const digits = first8 + String(check).padStart(2, '0');
	if (!isValidEnterpriseNumber(digits)) throw new Error(`generated an invalid enterprise number ${digits}`);
	return digits;
}

/** "Zoë D'Hondt-Çelik" → "zoe.dhondt-celik" (what an e-mail address makes of a name). */
export function asciiSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.replace(/ł/g, 'l')
		.replace(/ş/g, 's')
		.replace(/ğ/g, 'g')
		.toLowerCase()
		.replace(/['’ ]/g, '')
		.replace(/[^a-z0-9.-]/g, '');
}

export function generateDemo(options: { size: DemoSize; seed?: number; now: Date; themeKeys: string[]; categoryKeys: string[] }): DemoData {
	const random = seededRandom(options.seed ?? 2026);
	const counts = demoCounts[options.size];
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const weighted = <T extends { weight: number }>(list: readonly T[]): T => {
		let r = random() * list.reduce((sum, x) => sum + x.weight, 0);
		for (const item of list) if ((r -= item.weight) < 0) return item;
		return list[list.length - 1];
	};
	const some = <T>(list: readonly T[], min: number, max: number): T[] => {
		const copy = [...list];
		const n = Math.min(copy.length, int(min, max));
		const out: T[] = [];
		for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
		return out;
	};
	const daysAgo = (max: number) => new Date(options.now.getTime() - int(1, max) * 86_400_000 - int(0, 36_000) * 1000);
	const themeKeys = new Set(options.themeKeys);
	const known = (keys: string[]) => keys.filter((k) => themeKeys.has(k));
	const placeName = (place: Place, locale: 'nl' | 'fr' | 'en') => (locale === 'fr' ? place.fr : place.nl);

	// Organisations: each name once, with a valid, unique enterprise number.
	const organisations: DemoOrganisation[] = [];
	const usedNames = new Set<string>();
	const usedNumbers = new Set<string>();
	while (organisations.length < counts.organisations) {
		const kind = weighted(organisationKinds);
		const place = weighted(places);
		const french = place.region === 'wallonia' || (place.region === 'brussels' && random() < 0.5);
		const suffix = french ? kind.suffix.fr : kind.suffix.nl;
		let name = pick(kind.names);
		if (usedNames.has(name)) name = `${name} ${placeName(place, french ? 'fr' : 'nl')}`;
		if (usedNames.has(name)) continue;
		usedNames.add(name);
		let number = randomEnterpriseNumber(random);
		while (usedNumbers.has(number)) number = randomEnterpriseNumber(random);
		usedNumbers.add(number);
		organisations.push({
			name: suffix ? `${name} ${suffix}` : name,
			legalForm: kind.legalForm,
			enterpriseNumber: number,
			helix: kind.helix,
			sector: kind.sector,
			website: `https://www.${asciiSlug(name).replace(/[^a-z0-9]/g, '') || 'org'}.be`,
			municipality: placeName(place, french ? 'fr' : 'nl'),
			region: place.region
		});
	}
	const byHelix = (helix: string[]) => organisations.map((o, i) => ({ o, i })).filter(({ o }) => helix.includes(o.helix)).map(({ i }) => i);
	const grassroots = byHelix(['civil_society', 'citizens', 'smes']);
	const institutional = byHelix(['private_investors', 'public_authorities', 'academia', 'smes']);
	const partnerOrgs = byHelix(['public_authorities', 'academia']);

	// People.
	const people: DemoPerson[] = [];
	const emails = new Set<string>();
	const mailDomains = ['gmail.com', 'telenet.be', 'skynet.be', 'outlook.com', 'proximus.be', 'hotmail.com'];
	const bios = {
		innovator: { nl: 'Werkt aan een sociaal project in de buurt.', fr: 'Porte un projet d’innovation sociale dans son quartier.', en: 'Runs a social innovation project in the neighbourhood.' },
		chancegiver: { nl: 'Deelt graag kennis en netwerk met sociale ondernemers.', fr: 'Partage volontiers son expertise et son réseau.', en: 'Happy to share expertise and network with social innovators.' },
		potential: { nl: 'Kwam langs op een infosessie.', fr: 'Est venu·e à une séance d’information.', en: 'Came to an information session.' },
		partner: { nl: 'Contactpersoon bij een partnerorganisatie.', fr: 'Personne de contact chez un partenaire.', en: 'Contact person at a partner organisation.' },
		press: { nl: 'Journalist, volgt sociale innovatie in Brussel.', fr: 'Journaliste, suit l’innovation sociale à Bruxelles.', en: 'Journalist covering social innovation in Brussels.' }
	};
	const makePerson = (role: keyof typeof bios): DemoPerson => {
		const pool = weighted(namePools);
		const firstName = pick(pool.first);
		const lastName = pick(pool.last);
		// Many Brussels residents speak another language at home than their name suggests.
		const locale = random() < 0.8 ? pool.locale : pick(['nl', 'fr', 'en'] as const);
		const place = weighted(places);
		const base = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
		const domain = pick(mailDomains);
		let email = `${base}@${domain}`;
		for (let n = 2; emails.has(email); n++) email = `${base}${n}@${domain}`;
		emails.add(email);
		return {
			firstName,
			lastName,
			displayName: `${firstName} ${lastName}`,
			email,
			phone: `+32 4${int(70, 99)} ${String(int(0, 99)).padStart(2, '0')} ${String(int(0, 99)).padStart(2, '0')} ${String(int(0, 99)).padStart(2, '0')}`,
			locale,
			municipality: placeName(place, locale),
			region: place.region,
			bio: bios[role][locale],
			roles: [role],
			chancegiverRoles: [],
			themes: known(some(options.themeKeys, 1, 3)),
			offers: [],
			needs: [],
			newsletter: random() < 0.6,
			profileVisible: role === 'innovator' ? random() < 0.7 : role === 'chancegiver' ? random() < 0.8 : false,
			createdAt: daysAgo(730)
		};
	};
	const fn = (locale: 'nl' | 'fr' | 'en') => pick(functions[locale]);

	const innovators: number[] = [];
	for (let i = 0; i < counts.innovators; i++) {
		const person = makePerson('innovator');
		person.needs = some(options.categoryKeys, 1, 3);
		innovators.push(people.push(person) - 1);
	}
	for (let i = 0; i < counts.chancegivers; i++) {
		const person = makePerson('chancegiver');
		person.chancegiverRoles = some(['funder', 'expert', 'mentor', 'networker'], 1, 2).sort();
		person.offers = some(options.categoryKeys, 2, 4);
		if (random() < 0.7 && institutional.length) person.organisation = { index: pick(institutional), function: fn(person.locale) };
		// A few chancegivers once asked for support themselves: two roles, one record.
		if (random() < 0.05) person.roles.push('innovator');
		people.push(person);
	}
	for (let i = 0; i < counts.potentials; i++) people.push(makePerson('potential'));
	for (let i = 0; i < counts.partners; i++) {
		const person = makePerson('partner');
		if (partnerOrgs.length) person.organisation = { index: pick(partnerOrgs), function: fn(person.locale) };
		people.push(person);
	}
	for (let i = 0; i < counts.press; i++) people.push(makePerson('press'));

	// Initiatives: one per innovator, one in five run by two innovators together.
	const initiatives: DemoInitiative[] = [];
	const usedTitles = new Map<string, number>();
	const stateWeights: { state: EngagementState; weight: number }[] = [
		{ state: 'requested', weight: 15 },
		{ state: 'intake_planned', weight: 10 },
		{ state: 'active', weight: 45 },
		{ state: 'paused', weight: 5 },
		{ state: 'referred_out', weight: 5 },
		{ state: 'exited', weight: 20 }
	];
	const paths: Record<EngagementState, EngagementState[]> = {
		requested: ['requested'],
		intake_planned: ['requested', 'intake_planned'],
		active: ['requested', 'intake_planned', 'active'],
		paused: ['requested', 'intake_planned', 'active', 'paused'],
		referred_out: ['requested', 'referred_out'],
		exited: ['requested', 'intake_planned', 'active', 'exited']
	};
	for (let i = 0; i < innovators.length; i++) {
		const team = [innovators[i]];
		if (random() < 0.2 && i + 1 < innovators.length) team.push(innovators[++i]);
		const idea = pick(initiativeIdeas);
		const lead = people[team[0]];
		const seen = usedTitles.get(idea.title) ?? 0;
		usedTitles.set(idea.title, seen + 1);
		const organisation = random() < 0.6 && grassroots.length ? pick(grassroots) : undefined;
		for (const member of team) {
			const person = people[member];
			person.themes = [...new Set([...known(idea.themes), ...person.themes])].slice(0, 4);
			if (organisation !== undefined) person.organisation = { index: organisation, function: fn(person.locale) };
		}
		const state = weighted(stateWeights).state;
		initiatives.push({
			title: seen === 0 ? idea.title : `${idea.title} ${lead.municipality}`,
			societalNeed: idea.need,
			targetGroup: idea.target,
			themes: known(idea.themes),
			stage: pick(['idea', 'idea', 'pilot', 'pilot', 'scaling'] as const),
			organisation,
			people: team,
			engagement: { state, path: paths[state], requestedAt: new Date(Math.max(lead.createdAt.getTime(), options.now.getTime() - 540 * 86_400_000)), needs: lead.needs }
		});
	}

	const events: DemoEvent[] = eventIdeas.slice(0, counts.events).map((idea, i) => {
		const day = new Date(options.now.getTime() + (i - 1) * 21 * 86_400_000);
		const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 16, 0));
		return {
			title: idea.title,
			slug: slugify(idea.title),
			type: idea.type,
			description: 'Demo: an event to try registrations, waitlists and check-in.',
			location: idea.location,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
			capacity: pick([30, 40, 60, 80, 120])
		};
	});

	return { organisations, people, initiatives, events };
}
