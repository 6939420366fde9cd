import { handleOperation } from '$lib/server/api/handle-operation';
import { addLedgerRulesOp, ledgerRulesOp } from '$lib/server/api/operations/peer-ledger';
import {
	addLedgerRulesVersion,
	describeLedgerRules
} from '$lib/server/services/peer-ledger/ledger-rules';

export const GET = handleOperation(ledgerRulesOp, async ({ db, actor }) => {
	return describeLedgerRules(db, actor);
});

export const POST = handleOperation(addLedgerRulesOp, async ({ db, actor, body, locale }) => {
	const version = await addLedgerRulesVersion(
		db,
		actor,
		{ ...body, effectiveFrom: body.effectiveFrom.toISOString() },
		locale
	);
	return { ...version, effectiveFrom: version.effectiveFrom.toISOString() };
});
