import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEnterpriseNumber } from './enterprise-number.ts';

describe('parseEnterpriseNumber', () => {
	it('accepts the dotted and the BE forms of a valid number', () => {
		for (const input of ['0123.456.749', 'BE0123456749', 'be 0123 456 749', '123456749']) {
			expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: '0123456749', formatted: '0123.456.749' });
		}
	});
	it('refuses a wrong check number and a wrong format', () => {
		expect(parseEnterpriseNumber('0123.456.748')).toEqual({ ok: false, reason: 'checksum' });
		expect(parseEnterpriseNumber('2123.456.749')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('0123.456')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('abc')).toEqual({ ok: false, reason: 'format' });
	});
	it('accepts exactly the numbers whose last two digits are 97 − (first eight mod 97)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 99 }), (base, check) => {
				const digits = String(base).padStart(8, '0') + String(check).padStart(2, '0');
				expect(parseEnterpriseNumber(digits).ok).toBe(97 - (base % 97) === check);
			})
		);
	});
});
