/**
 * The life of a peer-session request, as a table of allowed moves. The services check a
 * move here before they write, so a declined request cannot be planned and a completed
 * one cannot be declined, whatever page or API call tries it.
 */
export const REQUEST_STATUSES = [
	'open',
	'asked',
	'accepted',
	'declined',
	'planned',
	'completed',
	'cancelled'
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type RequestMove = 'assign' | 'accept' | 'decline' | 'plan' | 'complete' | 'cancel' | 'reopen';

const ALLOWED: Record<RequestMove, readonly RequestStatus[]> = {
	/** Staff (or the member) name a giver: for open requests and after a decline. */
	assign: ['open', 'declined'],
	accept: ['asked'],
	decline: ['asked'],
	plan: ['accepted'],
	complete: ['planned'],
	cancel: ['open', 'asked', 'accepted', 'declined', 'planned'],
	/** The receiver asks for other times: none of the proposed slots suits, none is picked yet. */
	reopen: ['accepted']
};

const RESULT: Record<RequestMove, RequestStatus> = {
	assign: 'asked',
	accept: 'accepted',
	decline: 'declined',
	plan: 'planned',
	complete: 'completed',
	cancel: 'cancelled',
	/** Back to the giver, who proposes new slots with the same accept move (or declines). */
	reopen: 'asked'
};

export function canMove(status: RequestStatus, move: RequestMove): boolean {
	return ALLOWED[move].includes(status);
}

/** The status after `move`, or null when the move is not allowed from `status`. */
export function nextStatus(status: RequestStatus, move: RequestMove): RequestStatus | null {
	return canMove(status, move) ? RESULT[move] : null;
}

/**
 * Whether a session is complete by confirmation: the giver and every receiver have said
 * it took place.
 */
export function allConfirmed(
	participants: readonly string[],
	confirmed: ReadonlySet<string> | readonly string[]
): boolean {
	const set = confirmed instanceof Set ? confirmed : new Set(confirmed as readonly string[]);
	return participants.length > 0 && participants.every((id) => set.has(id));
}
