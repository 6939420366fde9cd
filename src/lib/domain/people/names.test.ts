import { describe, expect, it } from 'vitest';
import { joinName, normaliseEmail, splitName } from './names.ts';

describe('splitName', () => {
	it.each([
		['Jan Peeters', 'Jan', 'Peeters'],
		['Jan van den Berg', 'Jan', 'van den Berg'],
		['Marie-Claire de la Fontaine', 'Marie-Claire', 'de la Fontaine'],
		['Fatima El Amrani', 'Fatima', 'El Amrani'],
		['Cher', 'Cher', ''],
		['  Ann   De Smet  ', 'Ann', 'De Smet']
	])('%s → %s / %s', (name, first, last) => {
		expect(splitName(name)).toEqual({ firstName: first, lastName: last });
	});
	it('gives back the same words it was given', () => {
		const name = 'Pieter Jan van der Veken';
		const { firstName, lastName } = splitName(name);
		expect(joinName(firstName, lastName)).toBe(name);
	});
	it('normalises e-mails', () => expect(normaliseEmail(' An.Peeters@Example.BE ')).toBe('an.peeters@example.be'));
});
