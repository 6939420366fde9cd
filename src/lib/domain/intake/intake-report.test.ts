import { describe, expect, it } from 'vitest';
import { average, funnel, median, needsGap } from './intake-report.ts';

describe('funnel', () => {
	const facts = [
		{ requestedOn: '2026-01-05', reachedIntake: true, reachedActive: true, exited: true },
		{ requestedOn: '2026-01-20', reachedIntake: true, reachedActive: false, exited: true },
		{ requestedOn: '2026-02-01', reachedIntake: false, reachedActive: false, exited: false },
		{ requestedOn: '2025-12-31', reachedIntake: false, reachedActive: true, exited: false }
	];
	it('counts each case in every stage it reached, per month', () => {
		expect(funnel(facts, 'month')).toEqual([
			{ period: '2025-12', requested: 1, intake: 1, active: 1, exited: 0 },
			{ period: '2026-01', requested: 2, intake: 2, active: 1, exited: 1 },
			{ period: '2026-02', requested: 1, intake: 0, active: 0, exited: 0 }
		]);
	});
	it('and per year, never narrowing upwards', () => {
		const rows = funnel(facts, 'year');
		expect(rows.map((r) => r.period)).toEqual(['2025', '2026']);
		for (const r of rows) expect(r.requested >= r.intake && r.intake >= r.active && r.active >= r.exited).toBe(true);
	});
});

describe('average and median', () => {
	it('handle empty, odd and even lists', () => {
		expect(average([])).toBeNull();
		expect(median([])).toBeNull();
		expect(average([1, 2, 4])).toBe(2.3);
		expect(median([9, 1, 5])).toBe(5);
		expect(median([1, 2, 3, 10])).toBe(2.5);
	});
});

describe('needsGap', () => {
	it('lists every category with the largest shortage first', () => {
		const rows = needsGap(new Map([['funding', 5], ['legal', 1]]), new Map([['legal', 3], ['design', 2]]));
		expect(rows).toEqual([
			{ category: 'funding', needs: 5, offers: 0, gap: 5 },
			{ category: 'legal', needs: 1, offers: 3, gap: -2 },
			{ category: 'design', needs: 0, offers: 2, gap: -2 }
		]);
	});
});
