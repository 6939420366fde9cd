import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	isValidEnterpriseNumber,
	parseDate,
	parseEmail,
	parseEnterpriseNumber,
	parseLanguage,
	parseRegion,
	parseRoles,
	splitList
} from './values.ts';

describe('parseEmail', () => {
	it('lowercases and trims', () => {
		expect(parseEmail('  An.Peeters@Example.BE ')).toEqual({ ok: true, value: 'an.peeters@example.be' });
	});
	it.each(['niet-een-email', 'a@b', 'a b@c.be', 'a@@b.be', 'a..b@c.be', ''])('refuses %j', (cell) => {
		expect(parseEmail(cell).ok).toBe(false);
	});
});

describe('enterprise numbers (KBO/BCE)', () => {
	it('accepts the usual spellings of a valid number', () => {
		for (const cell of ['0403.170.701', 'BE 0403 170 701', 'BE0403170701', '403170701', '0403-170-701']) {
			expect(parseEnterpriseNumber(cell)).toEqual({ ok: true, value: '0403170701' });
		}
	});
	it('refuses a wrong check digit and a wrong length, with different reasons', () => {
		expect(parseEnterpriseNumber('0403.170.702')).toMatchObject({ ok: false, problem: 'import.enterpriseNumberCheck' });
		expect(parseEnterpriseNumber('12345')).toMatchObject({ ok: false, problem: 'import.enterpriseNumberFormat' });
	});
	it('valid exactly when 97 − (first 8 digits mod 97) equals the last 2', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 99 }), (base, check) => {
				const digits = String(base).padStart(8, '0') + String(check).padStart(2, '0');
				expect(isValidEnterpriseNumber(digits)).toBe(97 - (base % 97) === check);
			})
		);
	});
});

describe('parseDate', () => {
	it('reads dd/mm/yyyy (and - or .) and ISO as a calendar day', () => {
		expect(parseDate('03/02/2025')).toEqual({ ok: true, value: '2025-02-03' });
		expect(parseDate('3-2-2025')).toEqual({ ok: true, value: '2025-02-03' });
		expect(parseDate('29.02.2024')).toEqual({ ok: true, value: '2024-02-29' });
		expect(parseDate('2025-02-03')).toEqual({ ok: true, value: '2025-02-03' });
	});
	it.each(['31/02/2025', '29/02/2025', '2025/13/01', '13/13/2025', 'morgen', '03/02/25'])('refuses %j', (cell) => {
		expect(parseDate(cell)).toMatchObject({ ok: false, problem: 'import.invalidDate' });
	});
});

describe('words in three languages', () => {
	it('languages and regions', () => {
		expect(['Nederlands', 'FR', 'anglais', 'Français'].map((w) => parseLanguage(w))).toEqual([
			{ ok: true, value: 'nl' }, { ok: true, value: 'fr' }, { ok: true, value: 'en' }, { ok: true, value: 'fr' }
		]);
		expect(parseRegion('Bruxelles')).toEqual({ ok: true, value: 'brussels' });
		expect(parseRegion('Vlaanderen')).toEqual({ ok: true, value: 'flanders' });
		expect(parseRegion('Mars').ok).toBe(false);
	});
	it('roles: a funder or mentor is also a chancegiver; unknown words are reported', () => {
		expect(parseRoles(['Kansgever', 'financeur', 'Mentor', 'astronaut'])).toEqual({
			roles: ['chancegiver'],
			chancegiverRoles: ['funder', 'mentor'],
			unknown: ['astronaut']
		});
	});
	it('lists split on comma, semicolon, pipe and newline', () => {
		expect(splitList('armoede, wonen;klimaat | water\nzorg ,')).toEqual(['armoede', 'wonen', 'klimaat', 'water', 'zorg']);
	});
});
