import { describe, it, expect } from 'vitest';
import { balanceSummary } from './balance.ts';
import {
	EMPTY_LEDGER,
	applyComplete,
	applyCorrection,
	applyOpening,
	applyPlan
} from './in-memory-ledger.ts';

const rules = { pointsPerSession: 8, floor: -16, openingCredit: 4 };

describe('balanceSummary', () => {
	it('reports balance, reserved, available, given and received as the contract defines them', () => {
		let state = applyOpening(EMPTY_LEDGER, 'm', rules);
		state = applyComplete(
			applyPlan(state, 's1', { giver: 'm', receivers: ['a', 'b'] }, rules),
			's1'
		);
		state = applyComplete(applyPlan(state, 's2', { giver: 'g', receivers: ['m'] }, rules), 's2');
		state = applyPlan(state, 's3', { giver: 'g', receivers: ['m'] }, rules);
		state = applyCorrection(state, { person: 'm', points: -3, reason: 'typo', author: 'staff' });
		expect(balanceSummary('m', state.entries, state.sessions)).toEqual({
			balance: 4 + 16 - 8 - 3,
			reserved: 8,
			available: 4 + 16 - 8 - 3 - 8,
			given: 16,
			received: 8
		});
	});

	it('gives zeros for someone with no entries and no sessions', () => {
		expect(balanceSummary('nobody', [], [])).toEqual({
			balance: 0,
			reserved: 0,
			available: 0,
			given: 0,
			received: 0
		});
	});
});
