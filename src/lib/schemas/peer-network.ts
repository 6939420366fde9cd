/**
 * Schemas of the people's side of the peer-learning network (issue PL): forms, API and
 * services share them. Messages are i18n keys (peerNetwork.*).
 */
import { z } from 'zod';
import { LedgerIdSchema } from './peer-ledger.ts';
import { brusselsWallClockToDate } from './peer-ledger.ts';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** A moment typed in a form (`datetime-local`, Brussels time) or ISO with an offset. */
export const PeerMomentSchema = z
	.string()
	.trim()
	.min(1, 'common.fieldRequired')
	.pipe(z.iso.datetime({ offset: true, local: true, message: 'peerNetwork.invalidDate' }))
	.transform((value) => (HAS_OFFSET.test(value) ? new Date(value) : brusselsWallClockToDate(value)));

/** Empty form fields become undefined. */
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), LedgerIdSchema.optional());

export const PeerRequestSchema = z.object({
	category: z.string().trim().min(1, 'peerNetwork.categoryRequired').max(100),
	question: z.string().trim().min(1, 'common.fieldRequired').max(2000),
	business: z.string().trim().max(1000).default(''),
	/** The peer the member picked; none: staff look for someone. */
	giver: optionalId
});
export type PeerRequestInput = z.input<typeof PeerRequestSchema>;

export const PeerAcceptSchema = z.object({
	request: LedgerIdSchema,
	slots: z
		.array(z.string())
		.transform((list) => list.map((s) => s.trim()).filter(Boolean))
		.pipe(z.array(PeerMomentSchema).min(1, 'peerNetwork.slotRequired').max(3))
});

export const PeerDeclineSchema = z.object({
	request: LedgerIdSchema,
	reason: z.string().trim().max(500).default('')
});

export const PeerChooseSlotSchema = z.object({ request: LedgerIdSchema, slot: LedgerIdSchema });

/** The receiver asks for other moments than the proposed ones, with an optional word to the giver. */
export const PeerOtherTimesSchema = z.object({
	request: LedgerIdSchema,
	message: z.string().trim().max(1000, 'peerNetwork.otherTimesTooLong').default('')
});

export const PeerAssignSchema = z.object({ request: LedgerIdSchema, giver: LedgerIdSchema });

export const PeerFeedbackSchema = z.object({
	session: LedgerIdSchema,
	rating: z.coerce.number().int().min(1, 'peerNetwork.ratingRange').max(5, 'peerNetwork.ratingRange'),
	comment: z.string().trim().max(1000).default('')
});

export const PeerPreparationSchema = z.object({
	session: LedgerIdSchema,
	question: z.string().trim().max(2000).default(''),
	business: z.string().trim().max(2000).default(''),
	methods: z.string().trim().max(2000).default('')
});

export const PeerOfferSchema = z.object({
	category: z.string().trim().min(1, 'peerNetwork.categoryRequired').max(100),
	topic: z.string().trim().min(1, 'common.fieldRequired').max(200),
	description: z.string().trim().max(2000).default(''),
	startsAt: PeerMomentSchema,
	capacity: z.coerce.number().int().min(1, 'peerNetwork.capacityRange').max(50, 'peerNetwork.capacityRange')
});

/** API answer for a request. */
export const PeerRequestAnswerSchema = z.object({
	id: LedgerIdSchema,
	status: z.string(),
	receiver: LedgerIdSchema,
	giver: LedgerIdSchema.nullable(),
	category: z.string(),
	question: z.string(),
	session: LedgerIdSchema.nullable()
});

export const PeerSessionRefSchema = z.object({ session: LedgerIdSchema });

export const PeerOfferRefSchema = z.object({ offer: LedgerIdSchema });

export const PeerSignupRemoveSchema = z.object({ offer: LedgerIdSchema, person: LedgerIdSchema });

/** The giver (or staff) calls off a planned session, with a reason the participants read. */
export const PeerCallOffSchema = z.object({
	session: LedgerIdSchema,
	reason: z.string().trim().max(500).default('')
});
