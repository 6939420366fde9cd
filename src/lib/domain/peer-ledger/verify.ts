/**
 * verifyLedger: the invariants of the peer-learning ledger, checked from the stored
 * sessions and entries alone (what `sif ledger verify` runs against the database).
 */
import { completionEntries } from './sessions.ts';
import { FACTORY_ACCOUNT, type LedgerEntry, type LedgerState, type PeerSession } from './model.ts';

export type LedgerInvariant =
	| 'sum_is_zero'
	| 'whole_points'
	| 'floor'
	| 'completed_session_entries'
	| 'open_session_without_entries'
	| 'entry_kind'
	| 'unknown_session';

export interface LedgerViolation {
	invariant: LedgerInvariant;
	message: string;
	details: Record<string, unknown>;
}

/**
 * Lists every violated invariant (empty when the ledger is sound):
 * 1. all entries, the Factory account included, sum to 0, and every entry is a whole,
 *    non-zero number of points;
 * 2. no balance goes below the floor except by a recorded correction: replaying each
 *    person's entries in booking order, balance + (points taken by corrections so far)
 *    never drops below the lowest floor of the sessions they received so far (0 before
 *    any). This is exactly what planning against the floor guarantees, whatever the
 *    interleaving of plans, cancellations and floor changes;
 * 3. every completed session has exactly its entries (each receiver −cost, the giver
 *    +cost × receivers), and no planned or cancelled session has any;
 * 4. session entries belong to a known session; corrections carry a reason and an
 *    author; opening credits and corrections are not tied to a session.
 */
export function verifyLedger(state: LedgerState): LedgerViolation[] {
	const violations: LedgerViolation[] = [];
	const sessionsById = new Map(state.sessions.map((session) => [session.id, session]));
	checkSumAndPoints(state.entries, violations);
	checkEntryKinds(state.entries, sessionsById, violations);
	checkSessions(state, violations);
	checkFloor(state.entries, sessionsById, violations);
	return violations;
}

function checkSumAndPoints(entries: readonly LedgerEntry[], out: LedgerViolation[]): void {
	let sum = 0;
	for (const entry of entries) {
		if (!Number.isSafeInteger(entry.points) || entry.points === 0) {
			out.push({
				invariant: 'whole_points',
				message: `Entry ${entry.id} has ${entry.points} points, not a whole non-zero number`,
				details: { entry: entry.id, points: entry.points }
			});
		}
		sum += entry.points;
	}
	if (sum !== 0) {
		out.push({
			invariant: 'sum_is_zero',
			message: `All balances sum to ${sum}, not 0`,
			details: { sum }
		});
	}
}

function checkEntryKinds(
	entries: readonly LedgerEntry[],
	sessionsById: ReadonlyMap<string, PeerSession>,
	out: LedgerViolation[]
): void {
	for (const entry of entries) {
		const problem = entryKindProblem(entry, sessionsById);
		if (problem) {
			out.push({
				invariant: problem.invariant,
				message: `Entry ${entry.id}: ${problem.message}`,
				details: { entry: entry.id, kind: entry.kind, session: entry.session }
			});
		}
	}
}

function entryKindProblem(
	entry: LedgerEntry,
	sessionsById: ReadonlyMap<string, PeerSession>
): { invariant: LedgerInvariant; message: string } | null {
	if (entry.kind === 'session') {
		if (entry.session === null)
			return { invariant: 'entry_kind', message: 'session entry without a session' };
		if (!sessionsById.has(entry.session)) {
			return { invariant: 'unknown_session', message: `unknown session ${entry.session}` };
		}
		return null;
	}
	if (entry.session !== null) {
		return { invariant: 'entry_kind', message: `${entry.kind} entry tied to a session` };
	}
	if (entry.kind === 'correction' && (!entry.reason?.trim() || !entry.author)) {
		return { invariant: 'entry_kind', message: 'correction without a reason or an author' };
	}
	if (entry.kind !== 'correction' && entry.kind !== 'opening') {
		return { invariant: 'entry_kind', message: `unknown kind ${String(entry.kind)}` };
	}
	return null;
}

/** Order-insensitive key of a set of (account, points) pairs. */
function entryKey(entries: readonly { account: string; points: number }[]): string {
	return entries
		.map((entry) => `${entry.account}:${entry.points}`)
		.sort()
		.join('|');
}

function checkSessions(state: LedgerState, out: LedgerViolation[]): void {
	const bySession = new Map<string, LedgerEntry[]>();
	for (const entry of state.entries) {
		if (entry.session === null) continue;
		const list = bySession.get(entry.session) ?? [];
		list.push(entry);
		bySession.set(entry.session, list);
	}
	for (const session of state.sessions) {
		const actual = bySession.get(session.id) ?? [];
		if (session.status === 'completed') {
			const expected = completionEntries(session);
			const wrongKind = actual.some((entry) => entry.kind !== 'session');
			if (wrongKind || entryKey(actual) !== entryKey(expected)) {
				out.push({
					invariant: 'completed_session_entries',
					message: `Completed session ${session.id} does not have exactly its ${expected.length} entries`,
					details: { session: session.id, expected: expected.length, actual: actual.length }
				});
			}
		} else if (actual.length > 0) {
			out.push({
				invariant: 'open_session_without_entries',
				message: `${session.status} session ${session.id} has ${actual.length} entries`,
				details: { session: session.id, status: session.status, actual: actual.length }
			});
		}
	}
}

function checkFloor(
	entries: readonly LedgerEntry[],
	sessionsById: ReadonlyMap<string, PeerSession>,
	out: LedgerViolation[]
): void {
	const balance = new Map<string, number>();
	const takenByCorrections = new Map<string, number>();
	const lowestFloor = new Map<string, number>();
	const reported = new Set<string>();
	for (const entry of entries) {
		const account = entry.account;
		if (account === FACTORY_ACCOUNT) continue;
		balance.set(account, (balance.get(account) ?? 0) + entry.points);
		if (entry.kind === 'correction' && entry.points < 0) {
			takenByCorrections.set(account, (takenByCorrections.get(account) ?? 0) - entry.points);
		}
		const session = entry.session === null ? undefined : sessionsById.get(entry.session);
		if (entry.kind === 'session' && entry.points < 0 && session) {
			lowestFloor.set(account, Math.min(lowestFloor.get(account) ?? 0, session.floor));
		}
		const excused = (balance.get(account) ?? 0) + (takenByCorrections.get(account) ?? 0);
		const floor = lowestFloor.get(account) ?? 0;
		if (excused < floor && !reported.has(account)) {
			reported.add(account);
			out.push({
				invariant: 'floor',
				message: `Account ${account} went to ${balance.get(account)} below the floor ${floor} at entry ${entry.id} without a correction`,
				details: { account, balance: balance.get(account), floor, entry: entry.id }
			});
		}
	}
}
