/**
 * What a member sees: their requests (asked and to answer), their sessions, group offers,
 * the open requests of others they could give, and "My points" (balance, reserved, given,
 * received, the history for the chart, the room before the floor).
 */
import { and, asc, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { peerSessionReceivers, peerSessions } from '../../db/schema/peer-ledger.ts';
import {
	peerConfirmations,
	peerFeedback,
	peerOfferSignups,
	peerOffers,
	peerRequestSlots,
	peerRequests
} from '../../db/schema/peer-network.ts';
import { systemActor, type Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { notFound } from '../../errors.ts';
import type { Locale } from '../../../i18n/core.ts';
import { listPersonEntries } from '../peer-ledger/read-ledger.ts';
import { ensureMemberPerson, findMemberPerson, type MemberPerson } from './member-person.ts';
import { readRoom, type Room } from './ledger-bridge.ts';
import { categoryLabel, categoryLabels, categoryOptions } from './category-labels.ts';

export interface RequestView {
	id: string;
	status: string;
	category: string;
	skill: string;
	question: string;
	business: string;
	receiver: { id: string; name: string };
	giver: { id: string; name: string } | null;
	declineReason: string | null;
	session: string | null;
	slots: { id: string; startsAt: Date; chosen: boolean }[];
	createdAt: Date;
}

async function requestViews(db: Db, where: ReturnType<typeof and>, locale: Locale): Promise<RequestView[]> {
	const labels = await categoryLabels(db);
	const rows = await db.select().from(peerRequests).where(where).orderBy(desc(peerRequests.createdAt)).limit(200);
	if (!rows.length) return [];
	const ids = [...new Set(rows.flatMap((r) => [r.receiverId, r.giverId].filter((x): x is string => Boolean(x))))];
	const names = new Map(
		(await db.select({ id: people.id, name: people.displayName }).from(people).where(inArray(people.id, ids))).map((p) => [p.id, p.name])
	);
	const slots = await db
		.select()
		.from(peerRequestSlots)
		.where(inArray(peerRequestSlots.requestId, rows.map((r) => r.id)))
		.orderBy(asc(peerRequestSlots.startsAt));
	return rows.map((r) => ({
		id: r.id,
		status: r.status,
		category: r.category,
		skill: categoryLabel(labels, r.category, locale),
		question: r.question,
		business: r.business,
		receiver: { id: r.receiverId, name: names.get(r.receiverId) ?? '' },
		giver: r.giverId ? { id: r.giverId, name: names.get(r.giverId) ?? '' } : null,
		declineReason: r.declineReason,
		session: r.sessionId,
		slots: slots.filter((s) => s.requestId === r.id).map((s) => ({ id: s.id, startsAt: s.startsAt, chosen: Boolean(s.chosenAt) })),
		createdAt: r.createdAt
	}));
}

/** Skills (category keys) the person offers. */
async function offeredSkills(db: Db, personId: string): Promise<string[]> {
	return (
		await db
			.select({ key: taxonomyTerms.key })
			.from(personTerms)
			.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
			.where(and(eq(personTerms.personId, personId), eq(personTerms.relation, 'offer'), eq(taxonomyTerms.kind, 'category')))
	).map((r) => r.key);
}

/** Requests of others waiting for a giver (no giver or declined) on a skill this person offers. */
export async function openRequestsFor(db: Db, me: MemberPerson, locale: Locale): Promise<RequestView[]> {
	const skills = await offeredSkills(db, me.id);
	if (!skills.length) return [];
	return requestViews(
		db,
		and(inArray(peerRequests.status, ['open', 'declined']), inArray(peerRequests.category, skills), ne(peerRequests.receiverId, me.id)),
		locale
	);
}

export interface SessionSummary {
	id: string;
	topic: string;
	scheduledAt: Date;
	status: string;
	role: 'giver' | 'receiver';
	confirmedByMe: boolean;
	feedbackGiven: boolean;
}

export interface OfferView {
	id: string;
	giver: { id: string; name: string };
	skill: string;
	topic: string;
	description: string;
	startsAt: Date;
	capacity: number;
	taken: number;
	signedUp: boolean;
	mine: boolean;
	/** The giver or staff: may take sign-ups off, plan or withdraw it. */
	manage: boolean;
	status: string;
	session: string | null;
	signups: { id: string; name: string }[];
}

export interface PeerHome {
	me: MemberPerson;
	room: Room;
	categories: { value: string; label: string }[];
	asked: RequestView[];
	toAnswer: RequestView[];
	giving: RequestView[];
	openForMe: RequestView[];
	sessions: SessionSummary[];
	offers: OfferView[];
}

export async function loadPeerHome(db: Db, actor: Actor, locale: Locale = 'nl', now: Date = new Date()): Promise<PeerHome> {
	authorize(actor, 'peerNetwork.participate');
	const me = await ensureMemberPerson(db, actor);
	const labels = await categoryLabels(db);
	const [room, asked, mineAsGiver, openForMe] = [
		await readRoom(db, me.id, now),
		await requestViews(db, eq(peerRequests.receiverId, me.id), locale),
		await requestViews(db, eq(peerRequests.giverId, me.id), locale),
		await openRequestsFor(db, me, locale)
	];
	const sessionRows = await db
		.select({
			id: peerSessions.id,
			topic: peerSessions.topic,
			scheduledAt: peerSessions.scheduledAt,
			status: peerSessions.status,
			giverId: peerSessions.giverId
		})
		.from(peerSessions)
		.where(
			or(
				eq(peerSessions.giverId, me.id),
				inArray(
					peerSessions.id,
					db.select({ id: peerSessionReceivers.sessionId }).from(peerSessionReceivers).where(eq(peerSessionReceivers.personId, me.id))
				)
			)
		)
		.orderBy(desc(peerSessions.scheduledAt))
		.limit(100);
	const sessionIds = sessionRows.map((s) => s.id);
	const confirmed = new Set(
		sessionIds.length
			? (
					await db
						.select({ s: peerConfirmations.sessionId })
						.from(peerConfirmations)
						.where(and(eq(peerConfirmations.personId, me.id), inArray(peerConfirmations.sessionId, sessionIds)))
				).map((r) => r.s)
			: []
	);
	const rated = new Set(
		sessionIds.length
			? (
					await db
						.select({ s: peerFeedback.sessionId })
						.from(peerFeedback)
						.where(and(eq(peerFeedback.personId, me.id), inArray(peerFeedback.sessionId, sessionIds)))
				).map((r) => r.s)
			: []
	);
	const offerRows = await db
		.select()
		.from(peerOffers)
		.where(or(eq(peerOffers.status, 'open'), eq(peerOffers.giverId, me.id)))
		.orderBy(asc(peerOffers.startsAt))
		.limit(100);
	const signups = offerRows.length
		? await db
				.select({ offer: peerOfferSignups.offerId, person: peerOfferSignups.personId, name: people.displayName })
				.from(peerOfferSignups)
				.innerJoin(people, eq(people.id, peerOfferSignups.personId))
				.where(inArray(peerOfferSignups.offerId, offerRows.map((o) => o.id)))
		: [];
	const giverNames = new Map(
		offerRows.length
			? (
					await db
						.select({ id: people.id, name: people.displayName })
						.from(people)
						.where(inArray(people.id, [...new Set(offerRows.map((o) => o.giverId))]))
				).map((p) => [p.id, p.name])
			: []
	);
	return {
		me,
		room,
		categories: categoryOptions(labels, locale),
		asked,
		toAnswer: mineAsGiver.filter((r) => r.status === 'asked'),
		giving: mineAsGiver.filter((r) => r.status !== 'asked'),
		openForMe,
		sessions: sessionRows.map((s) => ({
			id: s.id,
			topic: s.topic,
			scheduledAt: s.scheduledAt,
			status: s.status,
			role: s.giverId === me.id ? 'giver' : 'receiver',
			confirmedByMe: confirmed.has(s.id),
			feedbackGiven: rated.has(s.id)
		})),
		offers: offerRows.map((o) => {
			const list = signups.filter((s) => s.offer === o.id);
			return {
				id: o.id,
				giver: { id: o.giverId, name: giverNames.get(o.giverId) ?? '' },
				skill: categoryLabel(labels, o.category, locale),
				topic: o.topic,
				description: o.description,
				startsAt: o.startsAt,
				capacity: o.capacity,
				taken: list.length,
				signedUp: list.some((s) => s.person === me.id),
				mine: o.giverId === me.id,
				manage: o.giverId === me.id || isStaff(actor),
				status: o.status,
				session: o.sessionId,
				signups: list.map((s) => ({ id: s.person, name: s.name }))
			};
		})
	};
}

export interface MyPoints {
	me: MemberPerson;
	room: Room;
	entries: { id: string; points: number; kind: string; reason: string | null; createdAt: string; topic: string | null; session: string | null }[];
	openForMe: RequestView[];
}

export async function loadMyPoints(db: Db, actor: Actor, locale: Locale = 'nl', now: Date = new Date()): Promise<MyPoints> {
	authorize(actor, 'peerNetwork.participate');
	const me = await ensureMemberPerson(db, actor);
	const room = await readRoom(db, me.id, now);
	const entries = await listPersonEntries(db, systemActor('peer-network'), me.id);
	const sessionIds = [...new Set(entries.map((e) => e.session).filter((s): s is string => Boolean(s)))];
	const topics = new Map(
		sessionIds.length
			? (await db.select({ id: peerSessions.id, topic: peerSessions.topic }).from(peerSessions).where(inArray(peerSessions.id, sessionIds))).map(
					(s) => [s.id, s.topic]
				)
			: []
	);
	return {
		me,
		room,
		entries: entries.map((e) => ({
			id: e.id,
			points: e.points,
			kind: e.kind,
			reason: e.reason,
			createdAt: e.createdAt,
			topic: e.session ? (topics.get(e.session) ?? null) : null,
			session: e.session
		})),
		openForMe: await openRequestsFor(db, me, locale)
	};
}


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One request for the API: its receiver, its giver and staff see it; others get 404. */
export async function getPeerRequest(db: Db, actor: Actor, id: string, locale: Locale = 'nl') {
	authorize(actor, 'peerNetwork.participate');
	if (!UUID.test(id)) throw notFound('Peer request');
	const [view] = await requestViews(db, eq(peerRequests.id, id), locale);
	if (!view) throw notFound('Peer request');
	if (!isStaff(actor)) {
		const me = actor.kind === 'user' ? await findMemberPerson(db, actor) : null;
		if (!me || (me.id !== view.receiver.id && me.id !== view.giver?.id)) throw notFound('Peer request');
	}
	return {
		id: view.id,
		status: view.status,
		receiver: view.receiver.id,
		giver: view.giver?.id ?? null,
		category: view.category,
		question: view.question,
		business: view.business,
		declineReason: view.declineReason,
		session: view.session,
		slots: view.slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), chosen: s.chosen }))
	};
}
