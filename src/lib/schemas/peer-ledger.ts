/**
 * Schemas of the peer-learning ledger (issue PL, contract peer-ledger.md): the API bodies
 * and answers, and the settings staff edit. The rules themselves live in
 * ../domain/peer-ledger/; these schemas only shape and bound the input, so a malformed
 * request is a 422 before any rule runs.
 */
import { z } from 'zod';
import { MAX_REASON_LENGTH } from '../domain/peer-ledger/corrections.ts';

/** Person and session ids are UUIDs; `guid` also accepts hand-written test ids. */
export const LedgerIdSchema = z.guid();

/** At most this many receivers in one session: a workshop, not a conference. */
export const MAX_RECEIVERS = 50;
export { MAX_REASON_LENGTH };
/** Bound on one correction, so a typo cannot move millions of points. */
export const MAX_CORRECTION_POINTS = 10_000;

/** Offset of Europe/Brussels from UTC at `utcMillis`, in milliseconds. */
function brusselsOffset(utcMillis: number): number {
	const name = new Intl.DateTimeFormat('en-US', {
		timeZone: 'Europe/Brussels',
		timeZoneName: 'longOffset'
	})
		.formatToParts(new Date(utcMillis))
		.find((part) => part.type === 'timeZoneName')!.value;
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/** A wall-clock time without offset ("2026-11-23T14:00"), read as Brussels time. */
export function brusselsWallClockToDate(local: string): Date {
	const asUtc = Date.parse(`${local}Z`);
	const first = asUtc - brusselsOffset(asUtc);
	return new Date(asUtc - brusselsOffset(first));
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A moment, as a Date: ISO with an offset ("2026-11-23T14:00:00+01:00", "…Z"), or a
 * wall-clock time or a date without one, read in Europe/Brussels (what staff mean).
 */
const MomentSchema = z
	.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()])
	.transform((value) =>
		HAS_OFFSET.test(value)
			? new Date(value)
			: brusselsWallClockToDate(value.length === 10 ? `${value}T00:00` : value)
	);

/** `POST /peer-sessions`. The giver may not be a receiver; receivers are distinct. */
export const PeerSessionSchema = z
	.object({
		giver: LedgerIdSchema,
		receivers: z
			.array(LedgerIdSchema)
			.min(1, 'peerLedger.receiversRequired')
			.max(MAX_RECEIVERS)
			.refine((ids) => new Set(ids).size === ids.length, 'peerLedger.receiverTwice'),
		topic: z.string().trim().min(1, 'common.fieldRequired').max(200),
		scheduledAt: MomentSchema
	})
	.refine((session) => !session.receivers.includes(session.giver), {
		message: 'peerLedger.giverIsReceiver',
		path: ['receivers']
	});
export type PeerSessionInput = z.output<typeof PeerSessionSchema>;

/** `POST /ledger/corrections`: whole, non-zero points and a reason (422 without one). */
export const LedgerCorrectionSchema = z.object({
	person: LedgerIdSchema,
	points: z
		.number()
		.int()
		.min(-MAX_CORRECTION_POINTS)
		.max(MAX_CORRECTION_POINTS)
		.refine((points) => points !== 0, 'peerLedger.correctionNotZero'),
	reason: z.string().trim().min(1, 'common.fieldRequired').max(MAX_REASON_LENGTH)
});
export type LedgerCorrectionInput = z.output<typeof LedgerCorrectionSchema>;

/** `GET /ledger/entries?person={id}`. */
export const LedgerEntriesQuerySchema = z.object({ person: LedgerIdSchema });

/**
 * A version of the ledger settings; it applies from `effectiveFrom` on (a new version
 * never rewrites what was planned or booked before it).
 */
export const LedgerRulesSchema = z.object({
	pointsPerSession: z.number().int().min(1).max(1000).default(8),
	floor: z.number().int().min(-100_000).max(0).default(-16),
	openingCredit: z.number().int().min(0).max(100_000).default(0),
	effectiveFrom: MomentSchema
});
export type LedgerRulesInput = z.output<typeof LedgerRulesSchema>;

// Answers, declared for the OpenAPI document and for tests of the API.

export const PeerSessionStatusSchema = z.enum(['planned', 'completed', 'cancelled']);

export const PeerSessionAnswerSchema = z.object({
	id: LedgerIdSchema,
	status: PeerSessionStatusSchema,
	giver: LedgerIdSchema,
	receivers: z.array(LedgerIdSchema),
	topic: z.string(),
	scheduledAt: z.string(),
	/** Points each receiver pays, fixed when the session was planned. */
	cost: z.number().int()
});

/** `GET /people/{id}/balance`: all positive except balance and available. */
export const BalanceSummarySchema = z.object({
	balance: z.number().int(),
	reserved: z.number().int().min(0),
	available: z.number().int(),
	given: z.number().int().min(0),
	received: z.number().int().min(0)
});

export const LedgerEntryKindSchema = z.enum(['session', 'correction', 'opening']);

export const LedgerEntryAnswerSchema = z.object({
	id: z.string(),
	session: LedgerIdSchema.nullable(),
	person: LedgerIdSchema,
	points: z.number().int(),
	kind: LedgerEntryKindSchema,
	reason: z.string().nullable(),
	createdAt: z.string(),
	/** Beyond the contract's fields: who booked the entry (correction, completion, opening). */
	author: z.string().nullable().optional(),
	/** Beyond the contract's fields: for a session entry, who planned the session. */
	plannedBy: z.string().nullable().optional()
});

export const LedgerEntriesAnswerSchema = z.object({ entries: z.array(LedgerEntryAnswerSchema) });

export const FactoryBalanceSchema = z.object({ balance: z.number().int() });

/** The 409 `credit_floor` details: the first receiver without room. */
export const CreditFloorDetailsSchema = z.object({
	receiver: LedgerIdSchema,
	balance: z.number().int(),
	reserved: z.number().int().min(0),
	available: z.number().int(),
	floor: z.number().int().max(0)
});
