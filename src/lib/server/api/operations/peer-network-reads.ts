/**
 * Read side of the peer-learning network's JSON API (issue PL): a session with its
 * preparation note, a member's own points (with the plain warning before the floor), their
 * requests, peers to ask for a skill, and the staff's network overview. Same access rules
 * as the /peer pages: non-participants get 404 for a session, the overview is for staff.
 */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import { LedgerIdSchema } from '../../../schemas/peer-ledger.ts';

const tag = 'peer-network';
const Named = z.object({ id: LedgerIdSchema, name: z.string() });

export const getPeerSessionOp = defineOperation({
	id: 'getPeerSession',
	method: 'GET',
	path: '/api/v1/peer-sessions/{id}',
	summary: 'A peer session with its participants, preparation note (the template until saved), confirmations and feedback',
	description: 'Participants and staff; others get 404. `authors` (who planned, completed, cancelled) is for staff.',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({
		id: LedgerIdSchema,
		topic: z.string(),
		scheduledAt: z.string(),
		status: z.enum(['planned', 'completed', 'cancelled']),
		cost: z.number().int(),
		giver: Named,
		receivers: z.array(Named),
		request: LedgerIdSchema.nullable(),
		offer: LedgerIdSchema.nullable(),
		confirmed: z.array(LedgerIdSchema),
		preparation: z.object({
			question: z.string(),
			business: z.string(),
			methods: z.string(),
			saved: z.boolean(),
			updatedAt: z.string().nullable()
		}),
		feedback: z.array(z.object({ person: LedgerIdSchema, name: z.string(), rating: z.number().int(), comment: z.string() })),
		role: z.enum(['giver', 'receiver']).nullable(),
		can: z.object({ prepare: z.boolean(), confirm: z.boolean(), complete: z.boolean(), feedback: z.boolean(), callOff: z.boolean() }),
		authors: z
			.object({ planned: z.string().nullable(), completed: z.string().nullable(), cancelled: z.string().nullable() })
			.optional()
	}),
	errors: ['not_found']
});

const RequestSummary = z.object({
	id: LedgerIdSchema,
	status: z.string(),
	category: z.string(),
	skill: z.string(),
	question: z.string(),
	receiver: Named,
	giver: Named.nullable(),
	session: LedgerIdSchema.nullable(),
	createdAt: z.string()
});

export const myPeerPointsOp = defineOperation({
	id: 'getMyPeerPoints',
	method: 'GET',
	path: '/api/v1/peer-points',
	summary: 'My points: balance, reserved, given, received, the history, the room before the floor, requests I could give',
	description:
		'`message` is the plain sentence the member sees: one session left, or at the floor and what to earn first (null otherwise). `history` is the balance after each entry, oldest first.',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({
		person: LedgerIdSchema,
		balance: z.number().int(),
		reserved: z.number().int(),
		available: z.number().int(),
		given: z.number().int(),
		received: z.number().int(),
		cost: z.number().int(),
		floor: z.number().int(),
		sessionsLeft: z.number().int(),
		state: z.enum(['free', 'lastOne', 'mustGive']),
		pointsToEarn: z.number().int(),
		message: z.string().nullable(),
		history: z.array(z.object({ at: z.string(), balance: z.number().int() })),
		entries: z.array(
			z.object({
				id: z.string(),
				points: z.number().int(),
				kind: z.string(),
				reason: z.string().nullable(),
				createdAt: z.string(),
				topic: z.string().nullable(),
				session: LedgerIdSchema.nullable()
			})
		),
		openForMe: z.array(RequestSummary)
	})
});

export const myPeerRequestsOp = defineOperation({
	id: 'listMyPeerRequests',
	method: 'GET',
	path: '/api/v1/peer-requests',
	summary: 'My requests: what I asked, what I am asked to give, what I give, and open requests on skills I offer',
	tag,
	auth: 'peerNetwork.participate',
	response: z.object({
		asked: z.array(RequestSummary),
		toAnswer: z.array(RequestSummary),
		giving: z.array(RequestSummary),
		openForMe: z.array(RequestSummary)
	})
});

export const suggestPeerGiversOp = defineOperation({
	id: 'suggestPeerGivers',
	method: 'GET',
	path: '/api/v1/peer-givers',
	summary: 'Peers who offer a skill, best first, with the reasons (matching) and sessions they gave',
	tag,
	auth: 'peerNetwork.participate',
	query: z.object({ category: z.string().min(1), question: z.string().optional() }),
	response: z.object({
		givers: z.array(z.object({ id: LedgerIdSchema, name: z.string(), reasons: z.string(), given: z.number().int() }))
	}),
	errors: ['validation_failed']
});

export const networkOverviewOp = defineOperation({
	id: 'getPeerNetworkOverview',
	method: 'GET',
	path: '/api/v1/peer-network',
	summary: 'The network (staff): who helped whom, most offered and most asked skills, members at the floor, members who give but never receive, requests waiting for a giver, planned sessions',
	tag,
	auth: 'peerNetwork.manage',
	response: z.object({
		helped: z.array(z.object({ giver: LedgerIdSchema, receiver: LedgerIdSchema, sessions: z.number().int() })),
		people: z.array(z.object({ id: LedgerIdSchema, name: z.string(), given: z.number(), received: z.number() })),
		mostOffered: z.array(z.object({ skill: z.string(), people: z.number().int() })),
		mostAsked: z.array(z.object({ skill: z.string(), requests: z.number().int() })),
		atTheFloor: z.array(z.object({ id: LedgerIdSchema, name: z.string(), available: z.number().int() })),
		giveNeverReceive: z.array(z.object({ id: LedgerIdSchema, name: z.string(), given: z.number().int() })),
		waitingForGiver: z.array(
			z.object({
				id: LedgerIdSchema,
				receiver: LedgerIdSchema,
				receiverName: z.string(),
				category: z.string(),
				skill: z.string(),
				question: z.string(),
				status: z.string(),
				createdAt: z.string(),
				candidates: z.array(Named)
			})
		),
		planned: z.array(z.object({ id: LedgerIdSchema, topic: z.string(), scheduledAt: z.string(), giver: z.string() }))
	}),
	errors: ['forbidden']
});
