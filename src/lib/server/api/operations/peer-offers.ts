/**
 * Group sessions in the JSON API (issue PL): a giver offers a session on a skill, receivers
 * sign up, the giver (or staff) plans it in the ledger or withdraws it. The same services
 * and rules as the /peer page: anyone in the network offers and signs up; only the giver
 * or staff plan, withdraw or take someone else off; offers a member may not see are 404.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { LedgerIdSchema } from '../../../schemas/peer-ledger.ts';

const tag = 'peer-network';

export const PeerOfferAnswerSchema = z.object({
	id: LedgerIdSchema,
	status: z.enum(['open', 'planned', 'cancelled']),
	giver: LedgerIdSchema,
	giverName: z.string(),
	category: z.string(),
	skill: z.string(),
	topic: z.string(),
	description: z.string(),
	startsAt: z.string(),
	capacity: z.number().int(),
	taken: z.number().int(),
	places: z.number().int(),
	session: LedgerIdSchema.nullable(),
	mine: z.boolean(),
	signedUp: z.boolean(),
	signups: z.array(z.object({ person: LedgerIdSchema, name: z.string() })).optional()
});

export const listPeerOffersOp = defineOperation({
	id: 'listPeerOffers',
	method: 'GET',
	path: '/api/v1/peer-offers',
	summary: 'Group offers: open ones, the ones you give and the ones you signed up for (staff: all)',
	description: 'Who signed up (`signups`) is shown to the giver and to staff only.',
	tag,
	auth: 'peerNetwork.participate',
	query: z.object({ status: z.enum(['open', 'planned', 'cancelled']).optional() }),
	response: z.object({ offers: z.array(PeerOfferAnswerSchema) }),
	errors: ['validation_failed']
});

export const createPeerOfferOp = defineOperation({
	id: 'createPeerOffer',
	method: 'POST',
	path: '/api/v1/peer-offers',
	summary: 'Offer a group session on a skill (you are the giver)',
	description: '`startsAt` is ISO 8601; without an offset it is Brussels time. `capacity` is 1–50.',
	tag,
	auth: 'peerNetwork.participate',
	body: z.object({
		category: z.string(),
		topic: z.string(),
		description: z.string().optional(),
		startsAt: z.string(),
		capacity: z.number().int()
	}),
	response: PeerOfferAnswerSchema,
	status: 201,
	errors: ['validation_failed']
});

export const getPeerOfferOp = defineOperation({
	id: 'getPeerOffer',
	method: 'GET',
	path: '/api/v1/peer-offers/{id}',
	summary: 'One group offer (404 when it is not open and you neither give it nor signed up)',
	tag,
	auth: 'peerNetwork.participate',
	response: PeerOfferAnswerSchema,
	errors: ['not_found']
});

export const withdrawPeerOfferOp = defineOperation({
	id: 'withdrawPeerOffer',
	method: 'POST',
	path: '/api/v1/peer-offers/{id}/withdraw',
	summary: 'The giver (or staff) withdraws an open offer',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({ offer: LedgerIdSchema, status: z.literal('cancelled') }),
	errors: ['forbidden', 'not_found', 'invalid_state']
});

export const signUpPeerOfferOp = defineOperation({
	id: 'signUpPeerOffer',
	method: 'POST',
	path: '/api/v1/peer-offers/{id}/signup',
	summary: 'Take a place in a group session (again: 200, still one place)',
	description:
		'409 conflict when it is full, 409 credit_floor (a plain sentence) when you have no room to receive, 409 invalid_state when it is no longer open, 422 for your own offer. Signing up reserves no points; planning does.',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({ offer: LedgerIdSchema, places: z.number().int() }),
	errors: ['conflict', 'credit_floor', 'invalid_state', 'unprocessable', 'not_found']
});

export const cancelPeerSignupOp = defineOperation({
	id: 'cancelPeerSignup',
	method: 'DELETE',
	path: '/api/v1/peer-offers/{id}/signup',
	summary: 'Take a sign-up off an open offer: your own, or (giver, staff) `?person=`',
	tag,
	auth: 'peerNetwork.participate',
	query: z.object({ person: LedgerIdSchema.optional() }),
	response: z.object({ offer: LedgerIdSchema, person: LedgerIdSchema }),
	errors: ['forbidden', 'not_found', 'invalid_state', 'unprocessable', 'validation_failed']
});

export const planPeerOfferOp = defineOperation({
	id: 'planPeerOffer',
	method: 'POST',
	path: '/api/v1/peer-offers/{id}/plan',
	summary: 'The giver (or staff) plans the group session: one ledger session with every sign-up, .ics for all',
	description:
		'Whole or not at all: 409 credit_floor names the first person without room (the giver can take them off and plan again); 422 when nobody signed up.',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({
		offer: LedgerIdSchema,
		status: z.literal('planned'),
		session: LedgerIdSchema,
		receivers: z.array(LedgerIdSchema)
	}),
	errors: ['forbidden', 'not_found', 'invalid_state', 'credit_floor', 'unprocessable']
});
