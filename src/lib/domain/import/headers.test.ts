import { describe, expect, it } from 'vitest';
import { mapColumns, recogniseHeader } from './headers.ts';

describe('recogniseHeader', () => {
	it.each([
		['Voornaam', 'firstName'], ['Prénom', 'firstName'], ['First name', 'firstName'],
		['Achternaam', 'lastName'], ['Nom de famille', 'lastName'], ['Last Name', 'lastName'],
		['E-mail', 'email'], ['Courriel', 'email'], ['EMAIL', 'email'],
		['Telefoon', 'phone'], ['Téléphone', 'phone'], ['Phone', 'phone'],
		['Organisatie', 'organisation'], ['Organisation', 'organisation'],
		['Functie', 'function'], ['Fonction', 'function'], ['Function', 'function'],
		['Gemeente', 'municipality'], ['Commune', 'municipality'], ['Municipality', 'municipality'],
		['Regio', 'region'], ['Région', 'region'], ['Taal', 'language'], ['Langue', 'language'],
		['Rollen', 'roles'], ['Rôles', 'roles'], ["Thema's", 'themes'], ['Thèmes', 'themes'], ['Themes', 'themes'],
		['Aanbod', 'offers'], ['Offre', 'offers'], ['Noden', 'needs'], ['Besoins', 'needs'], ['Needs', 'needs'],
		['Ondernemingsnummer', 'enterpriseNumber'], ["Numéro d'entreprise", 'enterpriseNumber'], ['Numéro d’entreprise', 'enterpriseNumber'],
		['Enterprise number', 'enterpriseNumber']
	])('%s → %s', (header, field) => {
		expect(recogniseHeader(header)).toBe(field);
	});

	it('does not guess unknown headers', () => {
		expect(recogniseHeader('Lievelingskleur')).toBeUndefined();
	});
});

describe('mapColumns', () => {
	it('lets a mapping name an unknown column and ignore a known one', () => {
		const columns = mapColumns(['Voornaam', 'Mailadres privé', 'Telefoon'], { 'mailadres privé': 'email', Telefoon: 'ignore' });
		expect(columns.map((c) => [c.field, c.source])).toEqual([
			['firstName', 'recognised'],
			['email', 'mapped'],
			[null, 'ignored']
		]);
	});

	it('reads "Naam" alone as the whole name, next to "Voornaam" as the last name', () => {
		expect(mapColumns(['Naam', 'E-mail'])[0].field).toBe('name');
		expect(mapColumns(['Voornaam', 'Naam'])[1].field).toBe('lastName');
	});

	it('keeps the first of two columns for one field and leaves unknown columns unmapped', () => {
		const columns = mapColumns(['Email', 'E-mail', 'Hobby']);
		expect(columns.map((c) => c.field)).toEqual(['email', null, null]);
		expect(columns[2].source).toBe('unknown');
	});
});
