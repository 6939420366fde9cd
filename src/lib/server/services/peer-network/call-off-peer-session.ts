/**
 * The giver (or staff) calls off a planned session: the ledger cancels it (which releases
 * the receivers' reserved points, and its request or group offer follows), and every other
 * participant gets an e-mail with the reason and a calendar CANCEL. A receiver of a one-to-one session cancels
 * their request instead; a completed session cannot be called off (only corrected).
 */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { translate } from '../../../i18n/index.ts';
import { PeerCallOffSchema } from '../../../schemas/peer-network.ts';
import { cancelPeerSession } from '../peer-ledger/cancel-peer-session.ts';
import { ledgerActor } from './ledger-bridge.ts';
import { contactsOf, mailPerson } from './peer-records.ts';
import { access, loadPeerSessionView, parties } from './peer-sessions.ts';
import { sessionIcsFor } from './session-calendar.ts';

export async function callOffPeerSession(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerCallOffSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerCallOffSchema, input, locale);
	return db.transaction(async (tx) => {
		const session = await parties(tx, data.session, true);
		const who = await access(tx, actor, session);
		if (!who.staff && who.role !== 'giver') {
			const message = translate(locale, 'peerNetwork.callOffGiverOnly');
			throw new AppError('forbidden', message, { fields: { form: [message] } });
		}
		if (session.status === 'cancelled') return { session: session.id, status: 'cancelled' as const };
		if (session.status === 'completed') {
			const message = translate(locale, 'peerNetwork.callOffCompleted');
			throw new AppError('invalid_state', message, { session: session.id, status: session.status, fields: { form: [message] } });
		}
		await cancelPeerSession(tx, ledgerActor(actor), session.id, now);
		await recordAudit(tx, actor, {
			action: 'peerNetwork.callOff',
			subjectType: 'peer_session',
			subjectId: session.id,
			before: { status: session.status },
			after: { status: 'cancelled', reason: data.reason }
		});
		const view = await loadPeerSessionView(tx, actor, session.id);
		const calendar = {
			id: view.id,
			topic: view.topic,
			scheduledAt: view.scheduledAt,
			category: view.request?.category ?? view.offer?.category ?? null,
			description: view.request?.question ?? view.offer?.description ?? view.topic,
			giverId: session.giverId,
			receiverIds: session.receiverIds
		};
		const everyone = [session.giverId, ...session.receiverIds];
		const contacts = await contactsOf(tx, everyone);
		const by = who.role === 'giver' ? (contacts.get(session.giverId)?.displayName ?? '') : null;
		for (const id of everyone.filter((p) => p !== who.me)) {
			const to = contacts.get(id);
			// A CANCEL of the invitation's event, so calendars drop it.
			const ics = await sessionIcsFor(tx, calendar, id, to?.locale ?? locale, now, true);
			await mailPerson(
				tx,
				to,
				'peerNetwork.calledOff',
				'peerNetwork.mailCalledOffSubject',
				'peerNetwork.mailCalledOffBody',
				(l) => ({
					topic: view.topic,
					when: formatDateTime(l, view.scheduledAt),
					who: by ?? translate(l, 'peerNetwork.theTeam'),
					reason: data.reason
				}),
				[{ filename: 'peer-session.ics', contentType: 'text/calendar; method=CANCEL; charset=utf-8', content: Buffer.from(ics).toString('base64') }]
			);
		}
		return { session: session.id, status: 'cancelled' as const };
	});
}
