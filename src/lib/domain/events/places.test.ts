import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkinCodeFrom, CHECKIN_ALPHABET, normaliseCheckinCode, placeFor, toPromote, waitlistPosition } from './places.ts';

describe('placeFor', () => {
	it('confirms while places remain and waitlists after', () => {
		expect(placeFor(3, 0)).toBe('confirmed');
		expect(placeFor(3, 2)).toBe('confirmed');
		expect(placeFor(3, 3)).toBe('waitlisted');
		expect(placeFor(0, 0)).toBe('waitlisted');
	});

	it('n arrivals at capacity c give min(n, c) confirmed', () => {
		fc.assert(
			fc.property(fc.nat(50), fc.nat(80), (capacity, n) => {
				let confirmed = 0;
				for (let i = 0; i < n; i++) if (placeFor(capacity, confirmed) === 'confirmed') confirmed++;
				expect(confirmed).toBe(Math.min(n, capacity));
			})
		);
	});
});

describe('toPromote', () => {
	const w = (id: string, seq: number) => ({ id, seq });

	it('promotes the earliest arrivals into the free places only', () => {
		const list = [w('c', 30), w('a', 10), w('b', 20)];
		expect(toPromote(5, 4, list).map((x) => x.id)).toEqual(['a']);
		expect(toPromote(5, 2, list).map((x) => x.id)).toEqual(['a', 'b', 'c']);
		expect(toPromote(5, 5, list)).toEqual([]);
		expect(toPromote(2, 5, list)).toEqual([]);
	});

	it('never fills past capacity and always takes a prefix in arrival order', () => {
		fc.assert(
			fc.property(fc.nat(20), fc.nat(20), fc.uniqueArray(fc.nat(1000), { maxLength: 30 }), (capacity, confirmed, seqs) => {
				const list = seqs.map((seq) => w(String(seq), seq));
				const promoted = toPromote(capacity, confirmed, list);
				expect(confirmed + promoted.length).toBeLessThanOrEqual(Math.max(capacity, confirmed));
				const sorted = [...seqs].sort((a, b) => a - b);
				expect(promoted.map((p) => p.seq)).toEqual(sorted.slice(0, promoted.length));
			})
		);
	});

	it('knows a waitlist position', () => {
		const list = [w('c', 30), w('a', 10)];
		expect(waitlistPosition('c', list)).toBe(2);
		expect(waitlistPosition('x', list)).toBeNull();
	});
});

describe('check-in codes', () => {
	it('uses only the readable alphabet', () => {
		const code = checkinCodeFrom(new Uint8Array([0, 1, 2, 255, 254, 100, 31, 62]));
		expect(code).toHaveLength(8);
		for (const char of code) expect(CHECKIN_ALPHABET).toContain(char);
	});

	it('normalises typed and scanned codes', () => {
		expect(normaliseCheckinCode(' abcd-2345 ')).toBe('ABCD2345');
		expect(normaliseCheckinCode('https://sif.example/events/x/check-in?code=ABCD2345')).toBe('ABCD2345');
	});
});
