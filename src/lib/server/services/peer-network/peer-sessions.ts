/**
 * A planned or held peer session as the network sees it: who takes part, the preparation
 * note, confirmations ("it took place") and feedback. Points move only through the
 * ledger's completePeerSession, called when every participant confirmed or when staff
 * complete the session. Non-participants get 404: they do not learn the session exists.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { peerSessionReceivers, peerSessions } from '../../db/schema/peer-ledger.ts';
import {
	peerConfirmations,
	peerFeedback,
	peerOffers,
	peerPreparationNotes,
	peerRequests
} from '../../db/schema/peer-network.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { allConfirmed } from '../../../domain/peer-network/requests.ts';
import {
	PeerFeedbackSchema,
	PeerPreparationSchema,
	PeerSessionRefSchema
} from '../../../schemas/peer-network.ts';
import { completePeerSession } from '../peer-ledger/complete-peer-session.ts';
import { findMemberPerson } from './member-person.ts';
import { ledgerActor } from './ledger-bridge.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SessionParties {
	id: string;
	status: 'planned' | 'completed' | 'cancelled';
	giverId: string;
	receiverIds: string[];
}

export async function parties(db: Db, sessionId: string, lock = false): Promise<SessionParties> {
	if (!UUID.test(sessionId)) throw notFound('Peer session');
	const query = db
		.select({ id: peerSessions.id, status: peerSessions.status, giverId: peerSessions.giverId })
		.from(peerSessions)
		.where(eq(peerSessions.id, sessionId));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw notFound('Peer session');
	const receivers = await db
		.select({ personId: peerSessionReceivers.personId })
		.from(peerSessionReceivers)
		.where(eq(peerSessionReceivers.sessionId, sessionId))
		.orderBy(asc(peerSessionReceivers.position));
	return {
		id: row.id,
		status: row.status as SessionParties['status'],
		giverId: row.giverId,
		receiverIds: receivers.map((r) => r.personId)
	};
}

export interface Access {
	staff: boolean;
	me: string | null;
	role: 'giver' | 'receiver' | null;
}

/** Staff see every session; members only their own (others: 404). */
export async function access(db: Db, actor: Actor, session: SessionParties): Promise<Access> {
	const staff = isStaff(actor);
	const me = actor.kind === 'user' ? ((await findMemberPerson(db, actor))?.id ?? null) : null;
	const role = me === session.giverId ? 'giver' : me && session.receiverIds.includes(me) ? 'receiver' : null;
	if (!staff && !role) throw notFound('Peer session');
	return { staff, me, role };
}

export interface PeerSessionView {
	id: string;
	topic: string;
	scheduledAt: Date;
	status: SessionParties['status'];
	cost: number;
	giver: { id: string; name: string };
	receivers: { id: string; name: string }[];
	request: { id: string; category: string; question: string; business: string } | null;
	offer: { id: string; category: string; topic: string; description: string } | null;
	confirmed: string[];
	preparation: { question: string; business: string; methods: string; saved: boolean; updatedAt: Date | null };
	feedback: { person: string; name: string; rating: number; comment: string }[];
	access: Access;
	/** Who planned, completed, cancelled it (staff only; null for members). */
	authors: { planned: string | null; completed: string | null; cancelled: string | null } | null;
	can: { prepare: boolean; confirm: boolean; complete: boolean; feedback: boolean; callOff: boolean };
}

export async function loadPeerSessionView(db: Db, actor: Actor, sessionId: string): Promise<PeerSessionView> {
	authorize(actor, 'peerNetwork.participate');
	const session = await parties(db, sessionId);
	const who = await access(db, actor, session);
	const [row] = await db.select().from(peerSessions).where(eq(peerSessions.id, session.id));
	const ids = [session.giverId, ...session.receiverIds];
	const names = new Map(
		(await db.select({ id: people.id, name: people.displayName }).from(people).where(inArray(people.id, ids))).map(
			(p) => [p.id, p.name]
		)
	);
	const [request] = await db
		.select({ id: peerRequests.id, category: peerRequests.category, question: peerRequests.question, business: peerRequests.business })
		.from(peerRequests)
		.where(eq(peerRequests.sessionId, session.id));
	const [offer] = await db
		.select({ id: peerOffers.id, category: peerOffers.category, topic: peerOffers.topic, description: peerOffers.description })
		.from(peerOffers)
		.where(eq(peerOffers.sessionId, session.id));
	const confirmed = (
		await db.select({ person: peerConfirmations.personId }).from(peerConfirmations).where(eq(peerConfirmations.sessionId, session.id))
	).map((c) => c.person);
	const [note] = await db.select().from(peerPreparationNotes).where(eq(peerPreparationNotes.sessionId, session.id));
	const feedback = (
		await db.select().from(peerFeedback).where(eq(peerFeedback.sessionId, session.id))
	).map((f) => ({ person: f.personId, name: names.get(f.personId) ?? '', rating: f.rating, comment: f.comment }));
	const preparation = note
		? { question: note.question, business: note.business, methods: note.methods, saved: true, updatedAt: note.updatedAt }
		: {
				// The template: what the receiver asked and their business in short, methods to fill in.
				question: request?.question ?? offer?.description ?? '',
				business: request?.business ?? '',
				methods: '',
				saved: false,
				updatedAt: null
			};
	const planned = session.status === 'planned';
	return {
		id: session.id,
		topic: row.topic,
		scheduledAt: row.scheduledAt,
		status: session.status,
		cost: row.cost,
		giver: { id: session.giverId, name: names.get(session.giverId) ?? '' },
		receivers: session.receiverIds.map((id) => ({ id, name: names.get(id) ?? '' })),
		request: request ?? null,
		offer: offer ?? null,
		confirmed,
		preparation,
		feedback,
		access: who,
		authors: who.staff
			? { planned: row.createdByLabel, completed: row.completedByLabel, cancelled: row.cancelledByLabel }
			: null,
		can: {
			prepare: session.status !== 'cancelled' && (who.staff || who.role === 'giver'),
			confirm: planned && who.role !== null && !confirmed.includes(who.me!),
			complete: planned && who.staff,
			feedback: session.status === 'completed' && who.role !== null,
			callOff: planned && (who.staff || who.role === 'giver')
		}
	};
}

/**
 * A participant says the session took place. When the giver and every receiver have, the
 * points move (once: the session row is locked, and completing is idempotent).
 */
export async function confirmPeerSession(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerSessionRefSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerSessionRefSchema, input, locale);
	return db.transaction(async (tx) => {
		const session = await parties(tx, data.session, true);
		const who = await access(tx, actor, session);
		if (!who.role) throw new AppError('forbidden', 'Only participants confirm; staff complete the session');
		if (session.status === 'cancelled') {
			throw new AppError('invalid_state', 'This session was cancelled', { session: session.id, status: session.status });
		}
		if (session.status === 'planned') {
			await tx.insert(peerConfirmations).values({ sessionId: session.id, personId: who.me! }).onConflictDoNothing();
			await recordAudit(tx, actor, {
				action: 'peerNetwork.confirm',
				subjectType: 'peer_session',
				subjectId: session.id,
				after: { person: who.me }
			});
		}
		const confirmed = (
			await tx.select({ person: peerConfirmations.personId }).from(peerConfirmations).where(eq(peerConfirmations.sessionId, session.id))
		).map((c) => c.person);
		let status = session.status;
		if (status === 'planned' && allConfirmed([session.giverId, ...session.receiverIds], confirmed)) {
			status = (await completePeerSession(tx, ledgerActor(actor), session.id, now)).status;
		}
		return { session: session.id, status, confirmed };
	});
}

/** Staff record that a session took place without waiting for the confirmations. */
export async function completePeerSessionAsStaff(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerSessionRefSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.manage');
	const data = parseInput(PeerSessionRefSchema, input, locale);
	return db.transaction(async (tx) => {
		const session = await parties(tx, data.session, true);
		const result = await completePeerSession(tx, ledgerActor(actor), session.id, now);
		await recordAudit(tx, actor, {
			action: 'peerNetwork.complete',
			subjectType: 'peer_session',
			subjectId: session.id,
			before: { status: session.status },
			after: { status: result.status }
		});
		return { session: session.id, status: result.status };
	});
}

/** Short feedback (1–5 and a sentence) after a completed session; one per participant, editable. */
export async function givePeerFeedback(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerFeedbackSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerFeedbackSchema, input, locale);
	return db.transaction(async (tx) => {
		const session = await parties(tx, data.session);
		const who = await access(tx, actor, session);
		if (!who.role) throw new AppError('forbidden', 'Only participants give feedback');
		if (session.status !== 'completed') {
			throw new AppError('invalid_state', 'Feedback follows a completed session', {
				session: session.id,
				status: session.status,
				fields: { rating: ['peerNetwork.feedbackAfter'] }
			});
		}
		const values = { sessionId: session.id, personId: who.me!, rating: data.rating, comment: data.comment };
		await tx
			.insert(peerFeedback)
			.values(values)
			.onConflictDoUpdate({
				target: [peerFeedback.sessionId, peerFeedback.personId],
				set: { rating: data.rating, comment: data.comment }
			});
		await recordAudit(tx, actor, {
			action: 'peerNetwork.feedback',
			subjectType: 'peer_session',
			subjectId: session.id,
			after: values
		});
		return { session: session.id, rating: data.rating, comment: data.comment };
	});
}

/** Staff and the giver write the preparation note (the receivers read it). */
export async function savePreparationNote(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerPreparationSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerPreparationSchema, input, locale);
	return db.transaction(async (tx) => {
		const session = await parties(tx, data.session);
		const who = await access(tx, actor, session);
		if (!who.staff && who.role !== 'giver') throw new AppError('forbidden', 'Only staff and the giver prepare the session');
		if (session.status === 'cancelled') {
			throw new AppError('invalid_state', 'This session was cancelled', { session: session.id, status: session.status });
		}
		const [before] = await tx.select().from(peerPreparationNotes).where(eq(peerPreparationNotes.sessionId, session.id));
		const values = { question: data.question, business: data.business, methods: data.methods, authorId: actorUserId(actor), updatedAt: now };
		await tx
			.insert(peerPreparationNotes)
			.values({ sessionId: session.id, ...values })
			.onConflictDoUpdate({ target: peerPreparationNotes.sessionId, set: values });
		await recordAudit(tx, actor, {
			action: 'peerNetwork.prepare',
			subjectType: 'peer_session',
			subjectId: session.id,
			before: before ?? null,
			after: values
		});
		return { session: session.id, question: data.question, business: data.business, methods: data.methods };
	});
}
