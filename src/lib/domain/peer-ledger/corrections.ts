/**
 * Entries that do not come from sessions: corrections and opening credits. Both are a
 * pair against the Factory account, so the sum of all balances stays 0. Nothing is ever
 * edited: a mistake is undone by a new correction.
 */
import { LedgerInputError } from './errors.ts';
import { FACTORY_ACCOUNT, type LedgerEntryDraft } from './model.ts';
import type { LedgerRules } from './rules.ts';

export interface CorrectionInput {
	person: string;
	/** Non-zero whole points; positive credits the person. */
	points: number;
	reason: string;
	/** The staff member making it. */
	author: string;
}

/** Longest reason we keep; longer text belongs in a linked document. */
export const MAX_REASON_LENGTH = 500;

/**
 * The pair of entries for a correction: the person gets `points`, the Factory the
 * opposite. A correction may take a person below the floor: that is what a correction is
 * for, and verifyLedger accepts it because it is recorded with reason and author.
 */
export function correctionEntries(input: CorrectionInput): LedgerEntryDraft[] {
	const reason = input.reason.trim();
	if (reason === '') throw new LedgerInputError('reason', 'A correction needs a reason');
	if (reason.length > MAX_REASON_LENGTH) {
		throw new LedgerInputError('reason', `A reason has at most ${MAX_REASON_LENGTH} characters`);
	}
	if (!Number.isSafeInteger(input.points) || input.points === 0) {
		throw new LedgerInputError('points', 'A correction moves a whole, non-zero number of points');
	}
	if (input.person === FACTORY_ACCOUNT) {
		throw new LedgerInputError('person', 'Correct a person, not the Factory account itself');
	}
	if (input.author.trim() === '') {
		throw new LedgerInputError('author', 'A correction needs the staff member who made it');
	}
	const entry = (account: string, points: number): LedgerEntryDraft => ({
		session: null,
		account,
		points,
		kind: 'correction',
		reason,
		author: input.author
	});
	return [entry(input.person, input.points), entry(FACTORY_ACCOUNT, -input.points)];
}

/** The opening credit of a new member under `rules`: a pair, or nothing when it is 0. */
export function openingCreditEntries(
	person: string,
	rules: Pick<LedgerRules, 'openingCredit'>
): LedgerEntryDraft[] {
	if (person === FACTORY_ACCOUNT) {
		throw new LedgerInputError('person', 'The Factory account has no opening credit');
	}
	if (rules.openingCredit === 0) return [];
	const entry = (account: string, points: number): LedgerEntryDraft => ({
		session: null,
		account,
		points,
		kind: 'opening',
		reason: null,
		author: null
	});
	return [entry(person, rules.openingCredit), entry(FACTORY_ACCOUNT, -rules.openingCredit)];
}
