/**
 * The ledger rules composed over an in-memory state: the reference model. Each operation
 * returns a new state or throws a PeerLedgerError and leaves the given state untouched,
 * just as a service's transaction commits whole or rolls back. Property tests drive it
 * with random operation sequences; database tests can compare the stored ledger with it.
 */
import { balanceOf, positionOf } from './balance.ts';
import { correctionEntries, openingCreditEntries, type CorrectionInput } from './corrections.ts';
import { LedgerInputError } from './errors.ts';
import type { SessionParties } from './floor.ts';
import type { LedgerEntryDraft, LedgerState, PeerSession } from './model.ts';
import type { LedgerRules } from './rules.ts';
import { decideCancel, decideComplete, planSession } from './sessions.ts';

export const EMPTY_LEDGER: LedgerState = Object.freeze({ sessions: [], entries: [] });

/** Books drafts in order; ids are sequence numbers, so the model stays deterministic. */
function book(state: LedgerState, drafts: readonly LedgerEntryDraft[]): LedgerState {
	const start = state.entries.length;
	const booked = drafts.map((draft, index) => ({ ...draft, id: String(start + index + 1) }));
	return { sessions: state.sessions, entries: [...state.entries, ...booked] };
}

function findSession(state: LedgerState, id: string): PeerSession {
	const session = state.sessions.find((candidate) => candidate.id === id);
	if (!session) throw new LedgerInputError('session', `Unknown session ${id}`);
	return session;
}

function withStatus(state: LedgerState, id: string, status: PeerSession['status']): LedgerState {
	return {
		sessions: state.sessions.map((session) =>
			session.id === id ? { ...session, status } : session
		),
		entries: state.entries
	};
}

/** Plans a session whole or not at all under `rules` (the rules in force now). */
export function applyPlan(
	state: LedgerState,
	id: string,
	parties: SessionParties,
	rules: Pick<LedgerRules, 'pointsPerSession' | 'floor'>
): LedgerState {
	if (state.sessions.some((session) => session.id === id)) {
		throw new LedgerInputError('session', `Session ${id} exists already`);
	}
	const session = planSession(
		id,
		parties,
		(person) => positionOf(person, state.entries, state.sessions),
		rules
	);
	return { sessions: [...state.sessions, session], entries: state.entries };
}

/** Completes a planned session; completing a completed one changes nothing. */
export function applyComplete(state: LedgerState, id: string): LedgerState {
	const decision = decideComplete(findSession(state, id));
	if (decision.action === 'none') return state;
	return book(withStatus(state, id, 'completed'), decision.entries);
}

/** Cancels a planned session; cancelling a cancelled one changes nothing. */
export function applyCancel(state: LedgerState, id: string): LedgerState {
	const decision = decideCancel(findSession(state, id));
	if (decision.action === 'none') return state;
	return withStatus(state, id, 'cancelled');
}

export function applyCorrection(state: LedgerState, input: CorrectionInput): LedgerState {
	return book(state, correctionEntries(input));
}

/** Opens a member's account with the opening credit of `rules`; once per person. */
export function applyOpening(
	state: LedgerState,
	person: string,
	rules: Pick<LedgerRules, 'openingCredit'>
): LedgerState {
	if (state.entries.some((entry) => entry.account === person && entry.kind === 'opening')) {
		throw new LedgerInputError('person', `Account ${person} is open already`);
	}
	return book(state, openingCreditEntries(person, rules));
}

/** Sum of all balances, the Factory account included: 0 in every sound state. */
export function ledgerSum(state: LedgerState): number {
	return state.entries.reduce((sum, entry) => sum + entry.points, 0);
}

export { balanceOf };
