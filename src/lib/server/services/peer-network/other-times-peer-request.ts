/**
 * The receiver says none of the proposed moments suits: the request goes back to the giver
 * ('asked'), the proposed slots are cleared (the audit keeps them) and the giver gets an
 * e-mail with the receiver's message. The giver then proposes new moments with the same
 * accept move, or declines.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { peerRequestSlots, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize, isStaff } from '../../auth/policy.ts';
import { forbidden } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { publicOrigin } from '../../config.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { PeerOtherTimesSchema } from '../../../schemas/peer-network.ts';
import { ensureMemberPerson } from './member-person.ts';
import { contactsOf, lockRequest, mailPerson, moveOrThrow } from './peer-records.ts';

export async function askOtherPeerTimes(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerOtherTimesSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerOtherTimesSchema, input, locale);
	const me = isStaff(actor) ? null : await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, data.request);
		if (me && me.id !== row.receiverId) throw forbidden('Only the person who asked (or staff) asks for other times');
		const status = moveOrThrow(row, 'reopen');
		const old = await tx
			.delete(peerRequestSlots)
			.where(eq(peerRequestSlots.requestId, row.id))
			.returning({ startsAt: peerRequestSlots.startsAt });
		await tx.update(peerRequests).set({ status, updatedAt: now }).where(eq(peerRequests.id, row.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.otherTimes',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status, slots: old.map((s) => s.startsAt.toISOString()) },
			after: { status, message: data.message }
		});
		const contacts = await contactsOf(tx, [row.receiverId, row.giverId!]);
		await mailPerson(tx, contacts.get(row.giverId!), 'peerNetwork.otherTimes', 'peerNetwork.mailOtherTimesSubject', 'peerNetwork.mailOtherTimesBody', (l) => ({
			receiver: contacts.get(row.receiverId)?.displayName ?? '',
			question: row.question,
			dates: old.map((s) => formatDateTime(l, s.startsAt)).join(', '),
			message: data.message ? translate(l, 'peerNetwork.mailOtherTimesMessage', { message: data.message }) : '',
			link: `${publicOrigin()}/peer#request-${row.id}`
		}));
		return { id: row.id, status };
	});
}
