/**
 * The peer-learning ledger's settings: how many points a session costs each receiver,
 * how low a balance may go (the floor) and what a new member starts with (the opening
 * credit). Staff change them over time; each version applies from its effective date on,
 * and whatever was planned or booked under an older version keeps that version's numbers
 * (a session stores the cost and floor it was planned with).
 */

/** One set of rules. All values are whole points. */
export interface LedgerRules {
	/** Points each receiver pays (and the giver earns per receiver); > 0. */
	pointsPerSession: number;
	/** Lowest balance a receiver may reach through planned sessions; ≤ 0. */
	floor: number;
	/** Points credited (from the Factory account) when a member's account opens; ≥ 0. */
	openingCredit: number;
}

/** A version of the rules that applies from `effectiveFrom` (inclusive) until the next one. */
export interface LedgerRulesVersion extends LedgerRules {
	effectiveFrom: Date;
}

export const DEFAULT_LEDGER_RULES: Readonly<LedgerRules> = Object.freeze({
	pointsPerSession: 8,
	floor: -16,
	openingCredit: 0
});

/**
 * The rules in force at `date`: the version with the latest `effectiveFrom` that is not
 * after `date`; the defaults when no version applies yet. The history need not be sorted.
 * When two versions share an effective date, the later one in the array wins (it was
 * recorded last).
 */
export function rulesAt(history: readonly LedgerRulesVersion[], date: Date): LedgerRules {
	const at = date.getTime();
	let chosen: LedgerRulesVersion | undefined;
	for (const version of history) {
		const from = version.effectiveFrom.getTime();
		if (from > at) continue;
		if (!chosen || from >= chosen.effectiveFrom.getTime()) chosen = version;
	}
	if (!chosen) return { ...DEFAULT_LEDGER_RULES };
	const { pointsPerSession, floor, openingCredit } = chosen;
	return { pointsPerSession, floor, openingCredit };
}

/** Problems with a set of rules, empty when they are usable. */
export function ruleProblems(rules: LedgerRules): string[] {
	const problems: string[] = [];
	if (!Number.isSafeInteger(rules.pointsPerSession) || rules.pointsPerSession <= 0) {
		problems.push('pointsPerSession must be a whole number above 0');
	}
	if (!Number.isSafeInteger(rules.floor) || rules.floor > 0) {
		problems.push('floor must be a whole number at or below 0');
	}
	if (!Number.isSafeInteger(rules.openingCredit) || rules.openingCredit < 0) {
		problems.push('openingCredit must be a whole number at or above 0');
	}
	return problems;
}
