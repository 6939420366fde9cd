/**
 * The receiver picks one of the giver's dates: the session is planned in the ledger
 * (planPeerSession reserves the points under row locks; a receiver without room is
 * refused there in plain words) and both get an .ics invitation.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { peerRequestSlots, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { forbidden, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { buildIcs } from '../../../domain/calendar/ics.ts';
import { PeerChooseSlotSchema } from '../../../schemas/peer-network.ts';
import { planPeerSession } from '../peer-ledger/plan-peer-session.ts';
import { ledgerRulesAt } from '../peer-ledger/ledger-rules.ts';
import { ensureMemberPerson } from './member-person.ts';
import { ledgerActor, plainFloorError } from './ledger-bridge.ts';
import { contactsOf, lockRequest, mailPerson, moveOrThrow } from './peer-records.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';

/** How long a peer session lasts in the invitation. */
export const SESSION_MINUTES = 90;

export async function choosePeerSlot(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerChooseSlotSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerChooseSlotSchema, input, locale);
	const me = await ensureMemberPerson(db, actor);
	return db.transaction(async (tx) => {
		const row = await lockRequest(tx, data.request);
		if (row.receiverId !== me.id) throw forbidden('Only the person who asked picks the date');
		const status = moveOrThrow(row, 'plan');
		const [slot] = await tx.select().from(peerRequestSlots).where(eq(peerRequestSlots.id, data.slot));
		if (!slot || slot.requestId !== row.id) throw notFound('Slot');
		const labels = await categoryLabels(tx);
		const topic = `${categoryLabel(labels, row.category, 'nl')}: ${row.question}`.slice(0, 200);
		const cost = (await ledgerRulesAt(tx, now)).pointsPerSession;
		const contacts = await contactsOf(tx, [row.receiverId, row.giverId!]);
		let session;
		try {
			session = await planPeerSession(
				tx,
				ledgerActor(actor),
				{ giver: row.giverId!, receivers: [row.receiverId], topic, scheduledAt: slot.startsAt.toISOString() },
				locale,
				now
			);
		} catch (error) {
			throw plainFloorError(error, locale, cost, me.id);
		}
		await tx.update(peerRequestSlots).set({ chosenAt: now }).where(eq(peerRequestSlots.id, slot.id));
		await tx
			.update(peerRequests)
			.set({ status, sessionId: session.id, updatedAt: now })
			.where(eq(peerRequests.id, row.id));
		await recordAudit(tx, actor, {
			action: 'peerNetwork.plan',
			subjectType: 'peer_request',
			subjectId: row.id,
			before: { status: row.status },
			after: { status, session: session.id, startsAt: slot.startsAt }
		});
		const giver = contacts.get(row.giverId!);
		const receiver = contacts.get(row.receiverId);
		for (const [to, other] of [
			[giver, receiver],
			[receiver, giver]
		] as const) {
			if (!to) continue;
			const ics = buildIcs({
				uid: `peer-session-${session.id}@sif`,
				start: slot.startsAt,
				end: new Date(slot.startsAt.getTime() + SESSION_MINUTES * 60_000),
				stamp: now,
				summary: translate(to.locale, 'peerNetwork.icsSummary', {
					skill: categoryLabel(labels, row.category, to.locale),
					other: other?.displayName ?? ''
				}),
				description: row.question,
				attendees: [giver, receiver]
					.filter((c) => c?.email)
					.map((c) => ({ name: c!.displayName, email: c!.email! }))
			});
			await mailPerson(
				tx,
				to,
				'peerNetwork.planned',
				'peerNetwork.mailPlannedSubject',
				'peerNetwork.mailPlannedBody',
				(l) => ({ other: other?.displayName ?? '', when: formatDateTime(l, slot.startsAt) }),
				[
					{
						filename: 'peer-session.ics',
						contentType: 'text/calendar; method=REQUEST; charset=utf-8',
						content: Buffer.from(ics).toString('base64')
					}
				]
			);
		}
		return { id: row.id, status, session: session.id };
	});
}
