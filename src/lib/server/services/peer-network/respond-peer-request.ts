/**
 * The giver answers a request: accept with one to three proposed dates, or decline.
 * Staff (or a member volunteering for an open request) name a giver with assignPeerGiver.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { peerRequestSlots, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { AppError, forbidden } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { PeerAcceptSchema, PeerAssignSchema, PeerDeclineSchema } from '../../../schemas/peer-network.ts';
import { ensureMemberPerson } from './member-person.ts';
import { contactsOf, lockRequest, mailPerson, moveOrThrow } from './peer-records.ts';

async function asGiver(db: Db, actor: Actor, giverId: string | null): Promise<void> {
	const me = await ensureMemberPerson(db, actor);
	if (me.id !== giverId) throw forbidden('Only the asked peer can answer this request');
}

export async function acceptPeerRequest(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerAcceptSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerAcceptSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, data.request);
		await asGiver(tx, actor, row.giverId);
		const status = moveOrThrow(row, 'accept');
		await tx.update(peerRequests).set({ status, updatedAt: new Date() }).where(eq(peerRequests.id, row.id));
		const slots = await tx
			.insert(peerRequestSlots)
			.values(data.slots.map((startsAt) => ({ requestId: row.id, startsAt })))
			.returning();
		await recordAudit(tx, actor, {
			action: 'peerNetwork.accept',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status },
			after: { status, slots: data.slots }
		});
		const contacts = await contactsOf(tx, [row.receiverId, row.giverId!]);
		await mailPerson(tx, contacts.get(row.receiverId), 'peerNetwork.accepted', 'peerNetwork.mailAcceptedSubject', 'peerNetwork.mailAcceptedBody', (l) => ({
			giver: contacts.get(row.giverId!)?.displayName ?? '',
			dates: data.slots.map((d) => formatDateTime(l, d)).join(', ')
		}));
		return { id: row.id, status, slots: slots.map((s) => s.id) };
	});
}

export async function declinePeerRequest(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerDeclineSchema>,
	locale: Locale = 'nl'
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerDeclineSchema, input, locale);
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, data.request);
		await asGiver(tx, actor, row.giverId);
		const status = moveOrThrow(row, 'decline');
		await tx
			.update(peerRequests)
			.set({ status, declineReason: data.reason || null, updatedAt: new Date() })
			.where(eq(peerRequests.id, row.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.decline',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status, giver: row.giverId },
			after: { status, reason: data.reason }
		});
		const contacts = await contactsOf(tx, [row.receiverId]);
		await mailPerson(tx, contacts.get(row.receiverId), 'peerNetwork.declined', 'peerNetwork.mailDeclinedSubject', 'peerNetwork.mailDeclinedBody', () => ({}));
		return { id: row.id, status };
	});
}

/**
 * Names the giver of an open (or declined) request. Staff may name anyone; a member may
 * only volunteer themself, never for their own request.
 */
export async function assignPeerGiver(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerAssignSchema>,
	locale: Locale = 'nl'
) {
	const staff = isStaff(actor);
	authorize(actor, staff ? 'peerNetwork.manage' : 'peerNetwork.participate');
	const data = parseInput(PeerAssignSchema, input, locale);
	if (!staff) {
		const me = await ensureMemberPerson(db, actor);
		if (me.id !== data.giver) throw forbidden('Members can only volunteer themselves');
	}
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, data.request);
		if (row.receiverId === data.giver) {
			throw new AppError('unprocessable', 'The receiver cannot give their own session', {
				fields: { giver: ['peerNetwork.notYourself'] }
			});
		}
		const status = moveOrThrow(row, 'assign');
		await tx
			.update(peerRequests)
			.set({ status, giverId: data.giver, declineReason: null, updatedAt: new Date() })
			.where(eq(peerRequests.id, row.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.assign',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status, giver: row.giverId },
			after: { status, giver: data.giver }
		});
		const contacts = await contactsOf(tx, [data.giver, row.receiverId]);
		await mailPerson(tx, contacts.get(data.giver), 'peerNetwork.asked', 'peerNetwork.mailAskedSubject', 'peerNetwork.mailAskedBody', () => ({
			receiver: contacts.get(row.receiverId)?.displayName ?? '',
			question: row.question
		}));
		return { id: row.id, status, giver: data.giver };
	});
}
