/**
 * Books a correction: a pair of entries, the person's and the opposite on the Factory
 * account, with the reason and the staff member who made it. Nothing is ever edited.
 * A correction may take a person below the floor; verify accepts that because it is
 * recorded. The person's account row is locked like for every other balance change.
 */
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { FACTORY_ACCOUNT_ID, ledgerEntries } from '../../db/schema/peer-ledger.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { LedgerCorrectionSchema } from '../../../schemas/peer-ledger.ts';
import { correctionEntries } from '../../../domain/peer-ledger/corrections.ts';
import { FACTORY_ACCOUNT } from '../../../domain/peer-ledger/model.ts';
import { assertPeopleExist, lockPersonAccounts } from './ledger-accounts.ts';
import { withLedgerErrors } from './ledger-errors.ts';
import { ledgerAuthor } from './ledger-author.ts';

export interface BookedCorrection {
	ids: string[];
	person: string;
	points: number;
	reason: string;
	author: string;
}

export async function recordLedgerCorrection(
	db: Db,
	actor: Actor,
	input: z.input<typeof LedgerCorrectionSchema>,
	locale: Locale = 'nl',
	now: Date = new Date()
): Promise<BookedCorrection> {
	authorize(actor, 'peerLedger.correct');
	const data = parseInput(LedgerCorrectionSchema, input, locale);
	const booker = ledgerAuthor(actor);
	const author = booker.label;
	return withLedgerErrors(() =>
		db.transaction(async (tx) => {
			await assertPeopleExist(tx, [data.person]);
			const drafts = correctionEntries({ ...data, author });
			const accountOf = await lockPersonAccounts(tx, [data.person], now, booker);
			const booked = await tx
				.insert(ledgerEntries)
				.values(
					drafts.map((draft) => ({
						accountId:
							draft.account === FACTORY_ACCOUNT
								? FACTORY_ACCOUNT_ID
								: accountOf.get(draft.account)!,
						points: draft.points,
						kind: draft.kind,
						reason: draft.reason,
						authorId: booker.userId,
						authorLabel: author
					}))
				)
				.returning({ id: ledgerEntries.id });
			const correction: BookedCorrection = {
				ids: booked.map((row) => String(row.id)),
				person: data.person,
				points: data.points,
				reason: drafts[0].reason!,
				author
			};
			await recordAudit(tx, actor, {
				action: 'peerLedger.correct',
				subjectType: 'person',
				subjectId: data.person,
				after: correction
			});
			return correction;
		})
	);
}
