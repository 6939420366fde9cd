/**
 * Group sessions: a giver offers a session on a skill at a date with a number of places;
 * receivers sign up (never beyond capacity: the offer row is locked while counting);
 * the giver (or staff) plans it, which books one ledger session with every sign-up as a
 * receiver — whole or not at all, refused in plain words naming who has no room.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { peerOfferSignups, peerOffers } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import {
	PeerOfferRefSchema,
	PeerOfferSchema,
	PeerSignupRemoveSchema
} from '../../../schemas/peer-network.ts';
import { planPeerSession } from '../peer-ledger/plan-peer-session.ts';
import { ledgerRulesAt } from '../peer-ledger/ledger-rules.ts';
import { ensureMemberPerson } from './member-person.ts';
import { assertRoomToReceive, ledgerActor, plainFloorError } from './ledger-bridge.ts';
import { contactsOf } from './peer-records.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';
import { sendSessionInvitations } from './session-invitations.ts';
import { SESSION_MINUTES } from './plan-peer-request.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lockOffer(tx: Db, id: string) {
	if (!UUID.test(id)) throw notFound('Peer offer');
	const [row] = await tx.select().from(peerOffers).where(eq(peerOffers.id, id)).for('update');
	if (!row) throw notFound('Peer offer');
	return row;
}

function assertOpen(row: typeof peerOffers.$inferSelect) {
	if (row.status !== 'open') {
		throw new AppError('invalid_state', `A ${row.status} offer takes no more changes`, { offer: row.id, status: row.status });
	}
}

export async function createPeerOffer(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerOfferSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerOfferSchema, input, locale);
	const me = await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(peerOffers)
			.values({ giverId: me.id, ...data })
			.returning();
		await recordAudit(tx, actor, { action: 'peerNetwork.offer', subjectType: 'peer_offer', subjectId: row.id, after: row });
		return row;
	});
}

/** A receiver takes a place; refused when full, when it is their own offer or when they have no room. */
export async function signUpPeerOffer(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerOfferRefSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerOfferRefSchema, input, locale);
	const me = await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const offer = await lockOffer(tx, data.offer);
		assertOpen(offer);
		if (offer.giverId === me.id) {
			throw new AppError('unprocessable', 'You give this session', { fields: { form: [translate(locale, 'peerNetwork.notYourself')] } });
		}
		const [{ taken }] = await tx.select({ taken: count() }).from(peerOfferSignups).where(eq(peerOfferSignups.offerId, offer.id));
		const [already] = await tx
			.select()
			.from(peerOfferSignups)
			.where(and(eq(peerOfferSignups.offerId, offer.id), eq(peerOfferSignups.personId, me.id)));
		if (already) return { offer: offer.id, places: offer.capacity - Number(taken) };
		if (Number(taken) >= offer.capacity) {
			const message = translate(locale, 'peerNetwork.offerFull');
			throw new AppError('conflict', message, { offer: offer.id, capacity: offer.capacity, fields: { form: [message] } });
		}
		await assertRoomToReceive(tx, me.id, locale, true, me.displayName, now);
		await tx.insert(peerOfferSignups).values({ offerId: offer.id, personId: me.id });
		await recordAudit(tx, actor, { action: 'peerNetwork.signUp', subjectType: 'peer_offer', subjectId: offer.id, after: { person: me.id } });
		return { offer: offer.id, places: offer.capacity - Number(taken) - 1 };
	});
}

/** Takes a sign-up off an open offer: the person themself, the giver or staff. */
export async function removePeerSignup(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerSignupRemoveSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerSignupRemoveSchema, input, locale);
	const me = isStaff(actor) ? null : await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const offer = await lockOffer(tx, data.offer);
		if (me && me.id !== data.person && me.id !== offer.giverId) throw forbidden('Not your sign-up');
		assertOpen(offer);
		await tx
			.delete(peerOfferSignups)
			.where(and(eq(peerOfferSignups.offerId, offer.id), eq(peerOfferSignups.personId, data.person)));
		await recordAudit(tx, actor, { action: 'peerNetwork.signOff', subjectType: 'peer_offer', subjectId: offer.id, after: { person: data.person } });
		return { offer: offer.id };
	});
}

/** The giver (or staff) plans the group session: one ledger session, .ics for everyone. */
export async function planPeerOffer(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerOfferRefSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerOfferRefSchema, input, locale);
	const staff = isStaff(actor);
	const me = staff ? null : await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const offer = await lockOffer(tx, data.offer);
		if (me && me.id !== offer.giverId) throw forbidden('Only the giver or staff plan this offer');
		assertOpen(offer);
		const signups = await tx
			.select({ person: peerOfferSignups.personId })
			.from(peerOfferSignups)
			.where(eq(peerOfferSignups.offerId, offer.id))
			.orderBy(asc(peerOfferSignups.createdAt), asc(peerOfferSignups.personId));
		if (!signups.length) {
			const message = translate(locale, 'peerNetwork.offerEmpty');
			throw new AppError('unprocessable', message, { fields: { form: [message] } });
		}
		const receivers = signups.map((s) => s.person);
		const contacts = await contactsOf(tx, [offer.giverId, ...receivers]);
		const cost = (await ledgerRulesAt(tx, now)).pointsPerSession;
		let session;
		try {
			session = await planPeerSession(
				tx,
				ledgerActor(actor),
				{ giver: offer.giverId, receivers, topic: offer.topic, scheduledAt: offer.startsAt.toISOString() },
				locale,
				now
			);
		} catch (error) {
			const names = new Map([...contacts.values()].map((c) => [c.id, c.displayName]));
			throw plainFloorError(error, locale, cost, me?.id ?? null, names);
		}
		await tx.update(peerOffers).set({ status: 'planned', sessionId: session.id }).where(eq(peerOffers.id, offer.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.planOffer',
			subjectType: 'peer_offer',
			subjectId: offer.id,
			before: { status: offer.status },
			after: { status: 'planned', session: session.id, receivers }
		});
		const labels = await categoryLabels(tx);
		await sendSessionInvitations(
			tx,
			{
				id: session.id,
				startsAt: offer.startsAt,
				minutes: SESSION_MINUTES,
				skill: (l) => categoryLabel(labels, offer.category, l),
				description: `${offer.topic}\n\n${offer.description}`.trim()
			},
			[offer.giverId, ...receivers].map((id) => contacts.get(id)),
			now
		);
		return { offer: offer.id, status: 'planned' as const, session: session.id, receivers };
	});
}

/** The giver (or staff) calls off an open offer. */
export async function cancelPeerOffer(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerOfferRefSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerOfferRefSchema, input, locale);
	const me = isStaff(actor) ? null : await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const offer = await lockOffer(tx, data.offer);
		if (me && me.id !== offer.giverId) throw forbidden('Only the giver or staff cancel this offer');
		assertOpen(offer);
		await tx.update(peerOffers).set({ status: 'cancelled' }).where(eq(peerOffers.id, offer.id));
		await recordAudit(tx, actor, { action: 'peerNetwork.cancelOffer', subjectType: 'peer_offer', subjectId: offer.id, before: { status: offer.status } });
		return { offer: offer.id, status: 'cancelled' as const };
	});
}
