/**
 * What the /peer pages show, as JSON for the API: a session with its preparation note,
 * "my points" (with the plain warning before the floor), my requests, and the staff's
 * network overview. Same services and the same access rules as the pages.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { balanceSteps } from '../../../domain/peer-network/balance-chart.ts';
import { loadMyPoints, loadPeerHome, type RequestView } from './peer-views.ts';
import { loadPeerSessionView } from './peer-sessions.ts';
import { loadNetworkOverview } from './peer-staff-views.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function peerSessionAnswer(db: Db, actor: Actor, id: string) {
	const s = await loadPeerSessionView(db, actor, id);
	return {
		id: s.id,
		topic: s.topic,
		scheduledAt: s.scheduledAt.toISOString(),
		status: s.status,
		cost: s.cost,
		giver: s.giver,
		receivers: s.receivers,
		request: s.request?.id ?? null,
		offer: s.offer?.id ?? null,
		confirmed: s.confirmed,
		preparation: { ...s.preparation, updatedAt: iso(s.preparation.updatedAt) },
		// As on the page: the giver and staff read all feedback, a receiver only their own.
		feedback: s.access.staff || s.access.role === 'giver' ? s.feedback : s.feedback.filter((f) => f.person === s.access.me),
		role: s.access.role,
		can: s.can,
		...(s.authors ? { authors: s.authors } : {})
	};
}

/** The plain sentence a member sees before the floor (null when there is room). */
function roomMessage(locale: Locale, state: string, earn: number): string | null {
	if (state === 'mustGive') return translate(locale, 'peerNetwork.mustGive', { earn });
	if (state === 'lastOne') return translate(locale, 'peerNetwork.lastOne');
	return null;
}

function requestSummary(r: RequestView) {
	return {
		id: r.id,
		status: r.status,
		category: r.category,
		skill: r.skill,
		question: r.question,
		receiver: r.receiver,
		giver: r.giver,
		session: r.session,
		createdAt: r.createdAt.toISOString()
	};
}

export async function myPeerPointsAnswer(db: Db, actor: Actor, locale: Locale, now: Date = new Date()) {
	const points = await loadMyPoints(db, actor, locale, now);
	const { room } = points;
	return {
		person: points.me.id,
		balance: room.balance,
		reserved: room.reserved,
		available: room.available,
		given: room.given,
		received: room.received,
		cost: room.cost,
		floor: room.floor,
		sessionsLeft: room.sessionsLeft,
		state: room.state,
		pointsToEarn: room.pointsToEarn,
		message: roomMessage(locale, room.state, room.pointsToEarn),
		history: balanceSteps(points.entries).map((s) => ({ at: new Date(s.at).toISOString(), balance: s.balance })),
		entries: points.entries,
		openForMe: points.openForMe.map(requestSummary)
	};
}

export async function myPeerRequestsAnswer(db: Db, actor: Actor, locale: Locale) {
	const home = await loadPeerHome(db, actor, locale);
	return {
		asked: home.asked.map(requestSummary),
		toAnswer: home.toAnswer.map(requestSummary),
		giving: home.giving.map(requestSummary),
		openForMe: home.openForMe.map(requestSummary)
	};
}

export async function networkOverviewAnswer(db: Db, actor: Actor, locale: Locale) {
	const o = await loadNetworkOverview(db, actor, locale);
	return {
		helped: o.graph.edges.map((e) => ({ giver: e.from, receiver: e.to, sessions: e.sessions })),
		people: o.graph.nodes.map((n) => ({ id: n.id, name: n.name, given: n.given, received: n.received })),
		mostOffered: o.offered,
		mostAsked: o.asked,
		atTheFloor: o.stuck,
		giveNeverReceive: o.giveOnly,
		waitingForGiver: o.waiting.map((w) => ({
			id: w.id,
			receiver: w.receiver,
			receiverName: w.receiverName,
			category: w.category,
			skill: w.skill,
			question: w.question,
			status: w.status,
			createdAt: w.createdAt.toISOString(),
			candidates: w.candidates
		})),
		planned: o.planned.map((p) => ({ id: p.id, topic: p.topic, scheduledAt: p.scheduledAt.toISOString(), giver: p.giver }))
	};
}
