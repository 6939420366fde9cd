import { describe, expect, it } from 'vitest';
import { prefixQuery } from './search-query.ts';

describe('prefixQuery', () => {
	it('keeps letters and digits of each word, each as a prefix', () => {
		expect(prefixQuery('Jan Jans')).toBe('jan:* & jans:*');
		expect(prefixQuery("d'Hondt & !(x)")).toBe('d:* & hondt:* & x:*');
		expect(prefixQuery('Élodie')).toBe('élodie:*');
	});
	it('gives null when nothing searchable is left', () => expect(prefixQuery(' !&|: ')).toBeNull());
});
