import { handleOperation } from '$lib/server/api/handle-operation';
import { ledgerCorrectionOp } from '$lib/server/api/operations/peer-ledger';
import { recordLedgerCorrection } from '$lib/server/services/peer-ledger/record-ledger-correction';

export const POST = handleOperation(ledgerCorrectionOp, async ({ db, actor, body, locale }) => {
	return recordLedgerCorrection(db, actor, body, locale);
});
