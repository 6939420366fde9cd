import { describe, it, expect } from 'vitest';
import { correctionEntries, openingCreditEntries } from './corrections.ts';
import { LedgerInputError } from './errors.ts';
import { FACTORY_ACCOUNT } from './model.ts';

describe('correctionEntries', () => {
	it('books a pair against the Factory account with the trimmed reason and the author', () => {
		const entries = correctionEntries({
			person: 'p',
			points: -5,
			reason: '  double booking ',
			author: 'staff1'
		});
		expect(entries).toEqual([
			{
				session: null,
				account: 'p',
				points: -5,
				kind: 'correction',
				reason: 'double booking',
				author: 'staff1'
			},
			{
				session: null,
				account: FACTORY_ACCOUNT,
				points: 5,
				kind: 'correction',
				reason: 'double booking',
				author: 'staff1'
			}
		]);
	});

	it('refuses a correction without a reason, without an author, of 0 or a fraction of a point', () => {
		const base = { person: 'p', points: 3, reason: 'why', author: 'staff1' };
		expect(() => correctionEntries({ ...base, reason: '   ' })).toThrow(LedgerInputError);
		expect(() => correctionEntries({ ...base, author: '' })).toThrow(LedgerInputError);
		expect(() => correctionEntries({ ...base, points: 0 })).toThrow(LedgerInputError);
		expect(() => correctionEntries({ ...base, points: 1.5 })).toThrow(LedgerInputError);
		expect(() => correctionEntries({ ...base, person: FACTORY_ACCOUNT })).toThrow(LedgerInputError);
		expect(() => correctionEntries({ ...base, reason: 'x'.repeat(501) })).toThrow(LedgerInputError);
	});
});

describe('openingCreditEntries', () => {
	it('credits the member from the Factory account, and books nothing when the credit is 0', () => {
		expect(openingCreditEntries('p', { openingCredit: 0 })).toEqual([]);
		const entries = openingCreditEntries('p', { openingCredit: 16 });
		expect(entries.map((e) => [e.account, e.points, e.kind])).toEqual([
			['p', 16, 'opening'],
			[FACTORY_ACCOUNT, -16, 'opening']
		]);
	});
});
