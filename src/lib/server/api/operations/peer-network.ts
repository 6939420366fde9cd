/**
 * The peer-learning network's JSON API (issue PL): requests (create, read, accept,
 * decline, assign, plan) and sessions (confirm, feedback, preparation). Members act as
 * themselves with their own token; people who take no part in a request or session get
 * 404 (or 403 when they may see it but not do this), staff may assign and prepare.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { LedgerIdSchema } from '../../../schemas/peer-ledger.ts';
import { PeerRequestAnswerSchema } from '../../../schemas/peer-network.ts';

const tag = 'peer-network';

export const PeerRequestCreateBody = z.object({
	category: z.string(),
	question: z.string(),
	business: z.string().optional(),
	giver: LedgerIdSchema.optional()
});

export const createPeerRequestOp = defineOperation({
	id: 'createPeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests',
	summary: 'Ask for a peer session on a need (optionally naming the peer); refused in plain words at the floor',
	description:
		'The signed-in member is the receiver. Without `giver` the request waits for staff (or a volunteer). 409 credit_floor when the member has no room for one more session; the message says what to do.',
	tag,
	auth: 'peerNetwork.participate',
	body: PeerRequestCreateBody,
	response: PeerRequestAnswerSchema,
	status: 201,
	errors: ['credit_floor', 'validation_failed', 'unprocessable', 'not_found']
});

export const PeerRequestDetailSchema = PeerRequestAnswerSchema.extend({
	business: z.string(),
	declineReason: z.string().nullable(),
	slots: z.array(z.object({ id: LedgerIdSchema, startsAt: z.string(), chosen: z.boolean() }))
});

export const getPeerRequestOp = defineOperation({
	id: 'getPeerRequest',
	method: 'GET',
	path: '/api/v1/peer-requests/{id}',
	summary: 'A peer request with its proposed slots (participants and staff; others get 404)',
	tag,
	auth: 'peerNetwork.participate',
	response: PeerRequestDetailSchema,
	errors: ['not_found']
});

export const acceptPeerRequestOp = defineOperation({
	id: 'acceptPeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/accept',
	summary: 'The asked peer accepts and proposes one to three moments',
	description: 'Moments are ISO date-times; without an offset they are Brussels time.',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ slots: z.array(z.string()).min(1).max(3) }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('accepted'), slots: z.array(LedgerIdSchema) }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'validation_failed']
});

export const declinePeerRequestOp = defineOperation({
	id: 'declinePeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/decline',
	summary: 'The asked peer declines (the request goes back to staff)',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ reason: z.string().optional() }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('declined') }),
	errors: ['forbidden', 'not_found', 'invalid_state']
});

export const assignPeerRequestOp = defineOperation({
	id: 'assignPeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/assign',
	summary: 'Name the giver of an open or declined request (staff: anyone; a member: only themself)',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ giver: LedgerIdSchema }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('asked'), giver: LedgerIdSchema }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'unprocessable']
});

export const planPeerRequestOp = defineOperation({
	id: 'planPeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/plan',
	summary: 'The receiver picks a proposed slot: the session is planned in the ledger, both get an .ics invitation',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ slot: LedgerIdSchema }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('planned'), session: LedgerIdSchema }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'credit_floor']
});

export const otherTimesPeerRequestOp = defineOperation({
	id: 'askOtherPeerTimes',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/other-times',
	summary: 'The receiver (or staff) says none of the proposed slots suits: the slots are cleared, the request goes back to the giver',
	description:
		'Only while slots are proposed and none is picked (status accepted; otherwise 409 invalid_state). The giver gets an e-mail with the message and proposes new slots with accept (or declines). Others than the receiver and staff: 403.',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ message: z.string().optional() }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('asked') }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'validation_failed']
});

export const confirmPeerSessionOp = defineOperation({
	id: 'confirmPeerSession',
	method: 'POST',
	path: '/api/v1/peer-sessions/{id}/confirm',
	summary: 'A participant confirms the session took place; when all have, the points move (once)',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({ session: LedgerIdSchema, status: z.enum(['planned', 'completed']), confirmed: z.array(LedgerIdSchema) }),
	errors: ['forbidden', 'not_found', 'invalid_state']
});

export const peerFeedbackOp = defineOperation({
	id: 'givePeerFeedback',
	method: 'POST',
	path: '/api/v1/peer-sessions/{id}/feedback',
	summary: 'A participant rates a completed session (1–5 and a comment); feeds matching',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ rating: z.number().int(), comment: z.string().optional() }),
	response: z.object({ session: LedgerIdSchema, rating: z.number().int(), comment: z.string() }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'validation_failed']
});

export const peerPreparationOp = defineOperation({
	id: 'savePeerPreparation',
	method: 'PUT',
	path: '/api/v1/peer-sessions/{id}/preparation',
	summary: 'Staff or the giver write the preparation note (question, business in short, methods)',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ question: z.string().optional(), business: z.string().optional(), methods: z.string().optional() }),
	response: z.object({ session: LedgerIdSchema, question: z.string(), business: z.string(), methods: z.string() }),
	errors: ['forbidden', 'not_found', 'invalid_state']
});

export const cancelPeerRequestOp = defineOperation({
	id: 'cancelPeerRequest',
	method: 'POST',
	path: '/api/v1/peer-requests/{id}/cancel',
	summary: 'The receiver (or staff) cancels a request; a planned one releases its reserved points',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ reason: z.string().optional() }),
	response: z.object({ id: LedgerIdSchema, status: z.literal('cancelled') }),
	errors: ['forbidden', 'not_found', 'invalid_state']
});

export const callOffPeerSessionOp = defineOperation({
	id: 'callOffPeerSession',
	method: 'POST',
	path: '/api/v1/peer-sessions/{id}/call-off',
	summary: 'The giver (or staff) calls off a planned session: reserved points are released, the others get an e-mail with the reason',
	description:
		'Its request or group offer becomes cancelled too. Again: 200. A receiver gets 403 (they cancel their request instead); a completed session 409 (staff book a correction).',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({ reason: z.string().optional() }),
	response: z.object({ session: LedgerIdSchema, status: z.literal('cancelled') }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'validation_failed']
});
