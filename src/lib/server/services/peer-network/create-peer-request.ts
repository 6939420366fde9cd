/**
 * A member asks for a session on a need. Refused at once, in plain words, when the member
 * has no room left before the floor; the giver they picked (if any) gets an e-mail.
 */
import type { Db } from '../../db/client.ts';
import { peerRequests } from '../../db/schema/peer-network.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PeerRequestSchema, type PeerRequestInput } from '../../../schemas/peer-network.ts';
import { ensureMemberPerson } from './member-person.ts';
import { assertRoomToReceive } from './ledger-bridge.ts';
import { contactsOf, mailPerson } from './peer-records.ts';

export async function createPeerRequest(
	db: Db,
	actor: Actor,
	input: PeerRequestInput,
	locale: Locale = 'nl',
	now: Date = new Date()
) {
	authorize(actor, 'peerNetwork.participate');
	const data = parseInput(PeerRequestSchema, input, locale);
	const me = await ensureMemberPerson(db, actor);
	if (data.giver === me.id) {
		throw new AppError('unprocessable', 'You cannot ask yourself', {
			fields: { giver: ['peerNetwork.notYourself'] }
		});
	}
	return db.transaction(async (tx) => {
		await assertRoomToReceive(tx, me.id, locale, true, me.displayName, now);
		const contacts = await contactsOf(tx, data.giver ? [data.giver] : []);
		if (data.giver && !contacts.has(data.giver)) {
			throw new AppError('not_found', 'Person not found', { fields: { giver: ['peerNetwork.unknownPeer'] } });
		}
		const [row] = await tx
			.insert(peerRequests)
			.values({
				receiverId: me.id,
				giverId: data.giver ?? null,
				category: data.category,
				question: data.question,
				business: data.business,
				status: data.giver ? 'asked' : 'open',
				createdBy: actorUserId(actor)
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'peerNetwork.request',
			subjectType: 'peer_request',
			subjectId: row.id,
			after: row
		});
		if (data.giver) {
			await mailPerson(tx, contacts.get(data.giver), 'peerNetwork.asked', 'peerNetwork.mailAskedSubject', 'peerNetwork.mailAskedBody', () => ({
				receiver: me.displayName,
				question: data.question
			}));
		}
		return row;
	});
}
