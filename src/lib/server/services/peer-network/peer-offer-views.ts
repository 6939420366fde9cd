/**
 * Group offers as the API shows them. Members see open offers, the offers they give and
 * the ones they signed up for; staff see all. Who signed up is shown to the giver and to
 * staff only (others see whether they themselves are on the list). An offer a member may
 * not see answers 404, like requests and sessions.
 */
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { peerOfferSignups, peerOffers } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { ensureMemberPerson, findMemberPerson } from './member-person.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const OFFER_STATUSES = ['open', 'planned', 'cancelled'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface PeerOfferAnswer {
	id: string;
	status: OfferStatus;
	giver: string;
	giverName: string;
	category: string;
	skill: string;
	topic: string;
	description: string;
	startsAt: string;
	capacity: number;
	taken: number;
	places: number;
	session: string | null;
	mine: boolean;
	signedUp: boolean;
	/** Only for the giver and staff. */
	signups?: { person: string; name: string }[];
}

async function offerAnswers(
	db: Db,
	actor: Actor,
	where: (me: string | null) => SQL | undefined,
	locale: Locale
): Promise<PeerOfferAnswer[]> {
	const staff = isStaff(actor);
	const me = staff ? ((await findMemberPerson(db, actor))?.id ?? null) : (await ensureMemberPerson(db, actor)).id;
	const rows = await db.select().from(peerOffers).where(where(me)).orderBy(asc(peerOffers.startsAt), asc(peerOffers.id)).limit(500);
	if (!rows.length) return [];
	const signups = await db
		.select({ offer: peerOfferSignups.offerId, person: peerOfferSignups.personId, name: people.displayName })
		.from(peerOfferSignups)
		.innerJoin(people, eq(people.id, peerOfferSignups.personId))
		.where(inArray(peerOfferSignups.offerId, rows.map((o) => o.id)))
		.orderBy(asc(peerOfferSignups.createdAt), asc(peerOfferSignups.personId));
	const names = new Map(
		(
			await db
				.select({ id: people.id, name: people.displayName })
				.from(people)
				.where(inArray(people.id, [...new Set(rows.map((o) => o.giverId))]))
		).map((p) => [p.id, p.name])
	);
	const labels = await categoryLabels(db);
	return rows.map((o) => {
		const list = signups.filter((s) => s.offer === o.id);
		const mine = o.giverId === me;
		return {
			id: o.id,
			status: o.status as OfferStatus,
			giver: o.giverId,
			giverName: names.get(o.giverId) ?? '',
			category: o.category,
			skill: categoryLabel(labels, o.category, locale),
			topic: o.topic,
			description: o.description,
			startsAt: o.startsAt.toISOString(),
			capacity: o.capacity,
			taken: list.length,
			places: Math.max(0, o.capacity - list.length),
			session: o.sessionId,
			mine,
			signedUp: list.some((s) => s.person === me),
			...(mine || staff ? { signups: list.map((s) => ({ person: s.person, name: s.name })) } : {})
		};
	});
}

/** Offers this actor may see, optionally of one status. */
export async function listPeerOffers(
	db: Db,
	actor: Actor,
	options: { status?: OfferStatus } = {},
	locale: Locale = 'nl'
): Promise<PeerOfferAnswer[]> {
	authorize(actor, 'peerNetwork.participate');
	const staff = isStaff(actor);
	return offerAnswers(
		db,
		actor,
		(me) => {
			const status = options.status ? eq(peerOffers.status, options.status) : undefined;
			if (staff) return status;
			const visible = or(
				eq(peerOffers.status, 'open'),
				me ? eq(peerOffers.giverId, me) : undefined,
				me
					? inArray(
							peerOffers.id,
							db.select({ id: peerOfferSignups.offerId }).from(peerOfferSignups).where(eq(peerOfferSignups.personId, me))
						)
					: undefined
			);
			return and(visible, status);
		},
		locale
	);
}

/** One offer; 404 when it does not exist or this member may not see it. */
export async function getPeerOffer(db: Db, actor: Actor, id: string, locale: Locale = 'nl'): Promise<PeerOfferAnswer> {
	authorize(actor, 'peerNetwork.participate');
	if (!UUID.test(id)) throw notFound('Peer offer');
	const [offer] = await offerAnswers(db, actor, () => eq(peerOffers.id, id), locale);
	if (!offer) throw notFound('Peer offer');
	if (!isStaff(actor) && offer.status !== 'open' && !offer.mine && !offer.signedUp) throw notFound('Peer offer');
	return offer;
}

/** Whose sign-up to take off: the one named, else the member themself (staff must name one). */
export async function signupPerson(db: Db, actor: Actor, person: string | undefined, locale: Locale = 'nl'): Promise<string> {
	authorize(actor, 'peerNetwork.participate');
	if (person) return person;
	const me = isStaff(actor) ? await findMemberPerson(db, actor) : await ensureMemberPerson(db, actor);
	if (!me) {
		const message = translate(locale, 'peerNetwork.signupPersonRequired');
		throw new AppError('unprocessable', message, { fields: { person: [message] } });
	}
	return me.id;
}
