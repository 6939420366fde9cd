/**
 * The engagement state machine (pure). An engagement starts as a support request and
 * moves only along these edges; every move is recorded with who and why by the service.
 *
 *   requested ─plan_intake→ intake_planned ─take_on→ active ─exit→ exited
 *   requested/intake_planned ─refer→ referred_out, ─not_now→ exited
 *   active ⇄ paused; active/paused ─refer→ referred_out
 */
export const engagementStates = [
	'requested',
	'intake_planned',
	'active',
	'paused',
	'referred_out',
	'exited'
] as const;
export type EngagementState = (typeof engagementStates)[number];

export const engagementEvents = [
	'plan_intake',
	'take_on',
	'refer',
	'not_now',
	'pause',
	'resume',
	'exit'
] as const;
export type EngagementEvent = (typeof engagementEvents)[number];

const edges: Record<EngagementEvent, Partial<Record<EngagementState, EngagementState>>> = {
	plan_intake: { requested: 'intake_planned', intake_planned: 'intake_planned' },
	take_on: { requested: 'active', intake_planned: 'active' },
	refer: {
		requested: 'referred_out',
		intake_planned: 'referred_out',
		active: 'referred_out',
		paused: 'referred_out'
	},
	not_now: { requested: 'exited', intake_planned: 'exited' },
	pause: { active: 'paused' },
	resume: { paused: 'active' },
	exit: { active: 'exited', paused: 'exited' }
};

export class TransitionRefused extends Error {
	constructor(
		readonly from: EngagementState,
		readonly event: EngagementEvent
	) {
		super(`An engagement in state ${from} cannot ${event}`);
		this.name = 'TransitionRefused';
	}
}

/** The state after `event`, or null when the move is not allowed. */
export function nextState(from: EngagementState, event: EngagementEvent): EngagementState | null {
	return edges[event][from] ?? null;
}

/** The state after `event`; throws TransitionRefused when the move is not allowed. */
export function transition(from: EngagementState, event: EngagementEvent): EngagementState {
	const to = nextState(from, event);
	if (!to) throw new TransitionRefused(from, event);
	return to;
}

/** Events allowed from a state, e.g. for the buttons a case page shows. */
export function allowedEvents(from: EngagementState): EngagementEvent[] {
	return engagementEvents.filter((event) => nextState(from, event) !== null);
}

/** States in which the Factory is still working with the person. */
export function isOpen(state: EngagementState): boolean {
	return state === 'requested' || state === 'intake_planned' || state === 'active' || state === 'paused';
}

/** Planned end: `months` calendar months after the start (clamped to the month's last day). */
export function plannedEnd(start: Date, months: number): Date {
	const end = new Date(start.getTime());
	const day = end.getUTCDate();
	end.setUTCDate(1);
	end.setUTCMonth(end.getUTCMonth() + months);
	const last = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
	end.setUTCDate(Math.min(day, last));
	return end;
}
