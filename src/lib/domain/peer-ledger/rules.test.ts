import { describe, it, expect } from 'vitest';
import { DEFAULT_LEDGER_RULES, ruleProblems, rulesAt, type LedgerRulesVersion } from './rules.ts';

const version = (iso: string, pointsPerSession: number, floor = -16): LedgerRulesVersion => ({
	effectiveFrom: new Date(iso),
	pointsPerSession,
	floor,
	openingCredit: 0
});

describe('rulesAt', () => {
	it('gives the defaults 8 / −16 / 0 when no version applies yet', () => {
		expect(rulesAt([], new Date('2026-01-01T00:00:00Z'))).toEqual({
			pointsPerSession: 8,
			floor: -16,
			openingCredit: 0
		});
		expect(
			rulesAt([version('2027-01-01T00:00:00Z', 10)], new Date('2026-06-01T00:00:00Z'))
		).toEqual(DEFAULT_LEDGER_RULES);
	});

	it('applies a version from its effective moment on, inclusive', () => {
		const history = [version('2026-03-01T00:00:00Z', 10)];
		expect(rulesAt(history, new Date('2026-02-28T23:59:59.999Z')).pointsPerSession).toBe(8);
		expect(rulesAt(history, new Date('2026-03-01T00:00:00Z')).pointsPerSession).toBe(10);
	});

	it('picks the latest applicable version whatever the order of the history', () => {
		const history = [
			version('2026-09-01T00:00:00Z', 12, -24),
			version('2026-01-01T00:00:00Z', 6),
			version('2026-05-01T00:00:00Z', 9, -8)
		];
		expect(rulesAt(history, new Date('2026-06-15T00:00:00Z'))).toEqual({
			pointsPerSession: 9,
			floor: -8,
			openingCredit: 0
		});
		expect(rulesAt(history, new Date('2026-12-01T00:00:00Z')).floor).toBe(-24);
	});

	it('lets the version recorded last win when two share a date', () => {
		const history = [version('2026-05-01T00:00:00Z', 9), version('2026-05-01T00:00:00Z', 11)];
		expect(rulesAt(history, new Date('2026-05-02T00:00:00Z')).pointsPerSession).toBe(11);
	});

	it('returns a copy, so callers cannot change the defaults', () => {
		const rules = rulesAt([], new Date());
		rules.floor = 0;
		expect(DEFAULT_LEDGER_RULES.floor).toBe(-16);
	});
});

describe('ruleProblems', () => {
	it('accepts the defaults', () => {
		expect(ruleProblems(DEFAULT_LEDGER_RULES)).toEqual([]);
	});

	it('refuses fractions, a free session, a positive floor and a negative opening credit', () => {
		expect(ruleProblems({ pointsPerSession: 0, floor: -16, openingCredit: 0 })).toHaveLength(1);
		expect(ruleProblems({ pointsPerSession: 8.5, floor: -16, openingCredit: 0 })).toHaveLength(1);
		expect(ruleProblems({ pointsPerSession: 8, floor: 1, openingCredit: 0 })).toHaveLength(1);
		expect(ruleProblems({ pointsPerSession: 8, floor: -16, openingCredit: -1 })).toHaveLength(1);
		expect(ruleProblems({ pointsPerSession: -1, floor: 0.5, openingCredit: -1 })).toHaveLength(3);
	});
});
