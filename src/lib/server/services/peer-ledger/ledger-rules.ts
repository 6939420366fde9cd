/**
 * The ledger settings: a history of rule versions in the `settings` table, each applying
 * from its effective date on. Sessions keep the cost and floor they were planned with, so
 * a new version never rewrites the past.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../../db/schema/core.ts';
import type { Db } from '../../db/client.ts';
import { actorUserId, type Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Locale } from '../../../i18n/core.ts';
import { LedgerRulesSchema } from '../../../schemas/peer-ledger.ts';
import {
	rulesAt,
	type LedgerRules,
	type LedgerRulesVersion
} from '../../../domain/peer-ledger/rules.ts';

export const LEDGER_RULES_KEY = 'peerLedger.rules';

interface StoredVersion {
	effectiveFrom: string;
	pointsPerSession: number;
	floor: number;
	openingCredit: number;
}

/** Every stored version, in the order they were recorded (empty: the defaults apply). */
export async function ledgerRulesHistory(db: Db): Promise<LedgerRulesVersion[]> {
	const [row] = await db.select().from(settings).where(eq(settings.key, LEDGER_RULES_KEY));
	const stored = (row?.value ?? []) as StoredVersion[];
	return stored.map((v) => ({ ...v, effectiveFrom: new Date(v.effectiveFrom) }));
}

export async function ledgerRulesAt(db: Db, at: Date): Promise<LedgerRules> {
	return rulesAt(await ledgerRulesHistory(db), at);
}

/** Adds a version of the rules; it applies from `effectiveFrom` on. */
export async function addLedgerRulesVersion(
	db: Db,
	actor: Actor,
	input: z.input<typeof LedgerRulesSchema>,
	locale: Locale = 'nl'
): Promise<LedgerRulesVersion> {
	authorize(actor, 'peerLedger.rules');
	const version = parseInput(LedgerRulesSchema, input, locale);
	return db.transaction(async (tx) => {
		// Lock the settings row so two staff members adding versions keep both.
		const [row] = await tx
			.select()
			.from(settings)
			.where(eq(settings.key, LEDGER_RULES_KEY))
			.for('update');
		const before = (row?.value ?? []) as StoredVersion[];
		const after = [...before, { ...version, effectiveFrom: version.effectiveFrom.toISOString() }];
		await tx
			.insert(settings)
			.values({ key: LEDGER_RULES_KEY, value: after, updatedBy: actorUserId(actor) })
			.onConflictDoUpdate({
				target: settings.key,
				set: { value: after, updatedAt: new Date(), updatedBy: actorUserId(actor) }
			});
		await recordAudit(tx, actor, {
			action: 'peerLedger.rules',
			subjectType: 'settings',
			subjectId: LEDGER_RULES_KEY,
			before,
			after: version
		});
		return version;
	});
}

/** The rules in force at `now` and the whole history, dates as ISO strings. */
export async function describeLedgerRules(db: Db, actor: Actor, now: Date = new Date()) {
	authorize(actor, 'peerLedger.read');
	const history = await ledgerRulesHistory(db);
	return {
		current: rulesAt(history, now),
		history: history.map((v) => ({ ...v, effectiveFrom: v.effectiveFrom.toISOString() }))
	};
}
