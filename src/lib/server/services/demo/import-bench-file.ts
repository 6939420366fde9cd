/**
 * A large, realistic import file for `sif bench import`: Dutch headers, `;`, dd/mm/yyyy,
 * theme labels in Dutch and French, one organisation (with a valid enterprise number) per
 * few people — what a Belgian office's contact list looks like, only bigger.
 */
import { writeCsv } from '../../../domain/import/write-csv.ts';
import { formatEnterpriseNumber } from '../../../domain/import/values.ts';
import { asciiSlug, randomEnterpriseNumber, seededRandom } from './generate-demo.ts';
import { namePools, organisationKinds, places } from './demo-words.ts';

export const benchHeaders = ['Voornaam', 'Achternaam', 'E-mail', 'Telefoon', 'Organisatie', 'Ondernemingsnummer', 'Functie', 'Gemeente', 'Taal', 'Rollen', "Thema's", 'Aanbod', 'Nieuwsbrief', 'Datum toestemming'];

const themeWords = ['Armoede', 'Wonen', 'Klimaat', 'Pauvreté', 'Logement', 'Inclusion', 'Onderwijs', 'Mobilité', 'Zorg', 'Eenzaamheid'];
const offerWords = ['Financiering', 'Mentoring', 'Juridisch advies', 'Marketing', 'Réseau', 'Pitchen'];

export function importBenchCsv(rows: number, seed = 10_000): string {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
	const organisationCount = Math.max(1, Math.round(rows * 0.3));
	const numbers = new Set<string>();
	const organisations = Array.from({ length: organisationCount }, (_, i) => {
		const kind = pick(organisationKinds);
		let number = randomEnterpriseNumber(random);
		while (numbers.has(number)) number = randomEnterpriseNumber(random);
		numbers.add(number);
		return { name: `${pick(kind.names)} ${i + 1} ${kind.suffix.nl}`.trim(), number: formatEnterpriseNumber(number) };
	});
	const lines: string[][] = [];
	for (let i = 0; i < rows; i++) {
		const pool = pick(namePools);
		const first = pick(pool.first);
		const last = pick(pool.last);
		const organisation = random() < 0.8 ? organisations[Math.floor(random() * organisations.length)] : undefined;
		const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
		const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
		lines.push([
			first,
			last,
			`${asciiSlug(first)}.${asciiSlug(last)}.${i}@example.be`,
			`04${70 + Math.floor(random() * 30)} ${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}`,
			organisation?.name ?? '',
			organisation?.number ?? '',
			organisation ? pick(['coördinator', 'directeur', 'vrijwilliger', 'fondatrice']) : '',
			pick(places).nl,
			pool.locale,
			pick(['innovator', 'kansgever, mentor', 'potentieel', 'financeur', 'expert']),
			[pick(themeWords), pick(themeWords)].join(', '),
			random() < 0.4 ? pick(offerWords) : '',
			random() < 0.5 ? 'ja' : 'nee',
			`${day}/${month}/2025`
		]);
	}
	return writeCsv(benchHeaders, lines);
}
