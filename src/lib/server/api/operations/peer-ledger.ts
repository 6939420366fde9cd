/** The peer-learning ledger's JSON API (contract: shared/contracts/peer-ledger.md). */
import { z } from 'zod';
import { defineOperation } from '../operation.ts';
import {
	BalanceSummarySchema,
	FactoryBalanceSchema,
	LedgerCorrectionSchema,
	LedgerEntriesAnswerSchema,
	LedgerEntriesQuerySchema,
	LedgerRulesSchema,
	PeerSessionAnswerSchema,
	PeerSessionSchema
} from '../../../schemas/peer-ledger.ts';

const tag = 'peer-ledger';

export const planPeerSessionOp = defineOperation({
	id: 'planPeerSession',
	method: 'POST',
	path: '/api/v1/peer-sessions',
	summary: 'Plan a peer session, reserving each receiver’s points',
	description:
		'409 credit_floor with details {receiver, balance, reserved, available, floor} for the first receiver without room; the session is planned whole or not at all. 422 when the giver is also a receiver.',
	tag,
	auth: 'peerLedger.plan',
	body: PeerSessionSchema,
	response: PeerSessionAnswerSchema,
	status: 201,
	errors: ['credit_floor', 'validation_failed', 'not_found']
});

const SessionStatusAnswer = (status: 'completed' | 'cancelled') =>
	z.object({ id: z.string(), status: z.literal(status) });

export const completePeerSessionOp = defineOperation({
	id: 'completePeerSession',
	method: 'POST',
	path: '/api/v1/peer-sessions/{id}/complete',
	summary: 'Complete a peer session: its reservation becomes ledger entries (idempotent)',
	tag,
	auth: 'peerLedger.complete',
	response: SessionStatusAnswer('completed'),
	errors: ['invalid_state', 'not_found']
});

export const cancelPeerSessionOp = defineOperation({
	id: 'cancelPeerSession',
	method: 'POST',
	path: '/api/v1/peer-sessions/{id}/cancel',
	summary: 'Cancel a planned peer session, releasing its reservation (409 once completed)',
	tag,
	auth: 'peerLedger.cancel',
	response: SessionStatusAnswer('cancelled'),
	errors: ['invalid_state', 'not_found']
});

export const personBalanceOp = defineOperation({
	id: 'getPersonBalance',
	method: 'GET',
	path: '/api/v1/people/{id}/balance',
	summary: 'A person’s points: balance, reserved, available, given, received',
	tag,
	auth: 'peerLedger.read',
	response: BalanceSummarySchema,
	errors: ['not_found']
});

export const ledgerEntriesOp = defineOperation({
	id: 'listLedgerEntries',
	method: 'GET',
	path: '/api/v1/ledger/entries',
	summary: 'All of a person’s ledger entries, newest first',
	tag,
	auth: 'peerLedger.read',
	query: LedgerEntriesQuerySchema,
	response: LedgerEntriesAnswerSchema,
	errors: ['not_found', 'validation_failed']
});

export const ledgerCorrectionOp = defineOperation({
	id: 'recordLedgerCorrection',
	method: 'POST',
	path: '/api/v1/ledger/corrections',
	summary: 'Correct a balance: a pair of entries against the Factory account, with a reason',
	tag,
	auth: 'peerLedger.correct',
	body: LedgerCorrectionSchema,
	response: z.object({
		ids: z.array(z.string()),
		person: z.string(),
		points: z.number().int(),
		reason: z.string(),
		author: z.string()
	}),
	status: 201,
	errors: ['validation_failed', 'not_found']
});

export const factoryBalanceOp = defineOperation({
	id: 'getFactoryBalance',
	method: 'GET',
	path: '/api/v1/ledger/factory',
	summary: 'The Factory account’s balance',
	tag,
	auth: 'peerLedger.read',
	response: FactoryBalanceSchema
});

const RulesVersionAnswer = z.object({
	effectiveFrom: z.string(),
	pointsPerSession: z.number().int(),
	floor: z.number().int(),
	openingCredit: z.number().int()
});

export const ledgerRulesOp = defineOperation({
	id: 'getLedgerRules',
	method: 'GET',
	path: '/api/v1/ledger/rules',
	summary: 'The rules in force now and every version with its effective date',
	tag,
	auth: 'peerLedger.read',
	response: z.object({
		current: RulesVersionAnswer.omit({ effectiveFrom: true }),
		history: z.array(RulesVersionAnswer)
	})
});

export const addLedgerRulesOp = defineOperation({
	id: 'addLedgerRulesVersion',
	method: 'POST',
	path: '/api/v1/ledger/rules',
	summary: 'Add a version of the rules, applying from its effective date on',
	tag,
	auth: 'peerLedger.rules',
	body: LedgerRulesSchema,
	response: RulesVersionAnswer,
	status: 201,
	errors: ['validation_failed']
});
