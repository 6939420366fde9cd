/**
 * Shared by the property tests: random operation sequences over a few people, applied
 * through the in-memory reference model with a clock that advances one day per step.
 */
import fc from 'fast-check';
import { PeerLedgerError } from './errors.ts';
import {
	EMPTY_LEDGER,
	applyCancel,
	applyComplete,
	applyCorrection,
	applyOpening,
	applyPlan
} from './in-memory-ledger.ts';
import type { LedgerState } from './model.ts';
import { rulesAt, type LedgerRulesVersion } from './rules.ts';

export const PEOPLE = ['p0', 'p1', 'p2', 'p3'];
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

export type Operation =
	| { kind: 'plan'; giver: number; receivers: number[] }
	| { kind: 'complete'; session: number }
	| { kind: 'cancel'; session: number }
	| { kind: 'correct'; person: number; points: number }
	| { kind: 'open'; person: number }
	| {
			kind: 'rules';
			inDays: number;
			pointsPerSession: number;
			floor: number;
			openingCredit: number;
	  };

const person = fc.nat({ max: PEOPLE.length - 1 });
const plan = fc.record({
	kind: fc.constant('plan' as const),
	giver: person,
	// Mostly valid receiver lists (so the floor is reached often), sometimes empty ones,
	// repeats or the giver: the rules must refuse those.
	receivers: fc.oneof(
		{ arbitrary: fc.uniqueArray(person, { minLength: 1, maxLength: 2 }), weight: 6 },
		{ arbitrary: fc.array(person, { minLength: 0, maxLength: 4 }), weight: 1 }
	)
});
const sessionOp = (kind: 'complete' | 'cancel') =>
	fc.record({ kind: fc.constant(kind), session: fc.nat({ max: 40 }) });
const correct = fc.record({
	kind: fc.constant('correct' as const),
	person,
	points: fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0)
});
const open = fc.record({ kind: fc.constant('open' as const), person });
const rules = fc.record({
	kind: fc.constant('rules' as const),
	inDays: fc.nat({ max: 5 }),
	pointsPerSession: fc.integer({ min: 1, max: 12 }),
	floor: fc.integer({ min: -40, max: 0 }),
	openingCredit: fc.integer({ min: 0, max: 10 })
});

const weighted = (withCorrections: boolean, withRules: boolean) =>
	fc.oneof(
		{ arbitrary: plan, weight: 6 },
		{ arbitrary: sessionOp('complete'), weight: 4 },
		{ arbitrary: sessionOp('cancel'), weight: 2 },
		{ arbitrary: open, weight: 1 },
		...(withCorrections ? [{ arbitrary: correct, weight: 2 }] : []),
		...(withRules ? [{ arbitrary: rules, weight: 1 }] : [])
	) as fc.Arbitrary<Operation>;

export const operations = (withCorrections = true, withRules = true) =>
	fc.array(weighted(withCorrections, withRules), { maxLength: 60 });

/** Applies one operation on day `day`; a PeerLedgerError must leave the state as it was. */
function step(
	state: LedgerState,
	history: LedgerRulesVersion[],
	op: Operation,
	day: number
): LedgerState {
	const now = new Date(START + day * DAY);
	const current = rulesAt(history, now);
	const sessionId = (n: number) =>
		state.sessions[n % Math.max(1, state.sessions.length)]?.id ?? 'none';
	try {
		switch (op.kind) {
			case 'plan':
				return applyPlan(
					state,
					`s${state.sessions.length}`,
					{
						giver: PEOPLE[op.giver],
						receivers: op.receivers.map((r) => PEOPLE[r])
					},
					current
				);
			case 'complete':
				return applyComplete(state, sessionId(op.session));
			case 'cancel':
				return applyCancel(state, sessionId(op.session));
			case 'correct':
				return applyCorrection(state, {
					person: PEOPLE[op.person],
					points: op.points,
					reason: 'fix',
					author: 'staff'
				});
			case 'open':
				return applyOpening(state, PEOPLE[op.person], current);
			case 'rules': {
				const { pointsPerSession, floor, openingCredit } = op;
				history.push({
					effectiveFrom: new Date(now.getTime() + op.inDays * DAY),
					pointsPerSession,
					floor,
					openingCredit
				});
				return state;
			}
		}
	} catch (error) {
		if (!(error instanceof PeerLedgerError)) throw error;
		return state;
	}
}

/** Runs the operations, calling `check` after each one. */
export function run(
	ops: Operation[],
	check: (state: LedgerState, before: LedgerState) => void
): LedgerState {
	let state: LedgerState = EMPTY_LEDGER;
	const history: LedgerRulesVersion[] = [];
	ops.forEach((op, day) => {
		const before = state;
		state = step(state, history, op, day);
		check(state, before);
	});
	return state;
}

export const takenByCorrections = (state: LedgerState, account: string) =>
	state.entries
		.filter((e) => e.account === account && e.kind === 'correction' && e.points < 0)
		.reduce((sum, e) => sum - e.points, 0);
