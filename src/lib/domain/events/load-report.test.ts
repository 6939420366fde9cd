import { describe, expect, it } from 'vitest';
import { formatLoadTable, loadFigures, percentile, type Attempt } from './load-report.ts';

const ok = (outcome: 'confirmed' | 'waitlisted', ms: number): Attempt => ({ httpStatus: 201, outcome, ms });

describe('load test figures', () => {
	it('takes nearest-rank percentiles', () => {
		const values = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile(values, 95)).toBe(95);
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([], 50)).toBe(0);
	});

	it('passes only with exactly min(people, capacity) confirmed, the rest waitlisted and no errors', () => {
		const good = [ok('confirmed', 10), ok('confirmed', 20), ok('waitlisted', 30)];
		expect(loadFigures(2, good)).toMatchObject({ confirmed: 2, waitlisted: 1, errors: 0, ok: true });
		expect(loadFigures(3, good).ok).toBe(false);
		const withError = [...good.slice(0, 2), { httpStatus: 500, outcome: null, ms: 5 }];
		const f = loadFigures(2, withError);
		expect(f).toMatchObject({ errors: 1, errorsByStatus: { '500': 1 }, ok: false });
		expect(formatLoadTable(f)).toContain('1 (500: 1)');
		expect(formatLoadTable(f)).toContain('| first come, first served | NO');
	});
});
