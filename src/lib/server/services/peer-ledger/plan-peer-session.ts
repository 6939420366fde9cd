/**
 * Plans a peer session: reserves each receiver's points, whole or not at all. The floor
 * check runs on the receivers' account rows held `FOR UPDATE`, so two plans for the same
 * receiver at the same moment are serialised and can never both pass.
 */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { peerSessionReceivers, peerSessions } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PeerSessionSchema } from '../../../schemas/peer-ledger.ts';
import { assertValidParties } from '../../../domain/peer-ledger/floor.ts';
import { planSession } from '../../../domain/peer-ledger/sessions.ts';
import { assertPeopleExist, lockPersonAccounts, readPositions } from './ledger-accounts.ts';
import { withLedgerErrors } from './ledger-errors.ts';
import { ledgerRulesAt } from './ledger-rules.ts';
import { ledgerAuthor } from './ledger-author.ts';

export interface PlannedPeerSession {
	id: string;
	status: 'planned';
	giver: string;
	receivers: string[];
	topic: string;
	scheduledAt: string;
	cost: number;
}

export async function planPeerSession(
	db: Db,
	actor: Actor,
	input: z.input<typeof PeerSessionSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<PlannedPeerSession> {
	authorize(actor, 'peerLedger.plan');
	const data = parseInput(PeerSessionSchema, input, locale);
	return withLedgerErrors(() =>
		db.transaction(async (tx) => {
			assertValidParties(data);
			await assertPeopleExist(tx, [data.giver, ...data.receivers]);
			// The rules in force when the session is planned: its cost and floor stay with it.
			const rules = await ledgerRulesAt(tx, now);
			const author = ledgerAuthor(actor);
			await lockPersonAccounts(tx, [data.giver, ...data.receivers], now, author);
			const positions = await readPositions(tx, data.receivers);
			const id = crypto.randomUUID();
			const session = planSession(id, data, (person) => positions.get(person)!, rules);
			await tx.insert(peerSessions).values({
				id,
				giverId: session.giver,
				topic: data.topic,
				scheduledAt: data.scheduledAt,
				status: 'planned',
				cost: session.cost,
				floor: session.floor,
				createdBy: author.userId,
				createdByLabel: author.label
			});
			await tx
				.insert(peerSessionReceivers)
				.values(
					session.receivers.map((personId, position) => ({ sessionId: id, personId, position }))
				);
			const planned: PlannedPeerSession = {
				id,
				status: 'planned',
				giver: session.giver,
				receivers: [...session.receivers],
				topic: data.topic,
				scheduledAt: data.scheduledAt.toISOString(),
				cost: session.cost
			};
			await recordAudit(tx, actor, {
				action: 'peerLedger.plan',
				subjectType: 'peer_session',
				subjectId: id,
				after: planned
			});
			return planned;
		})
	);
}
