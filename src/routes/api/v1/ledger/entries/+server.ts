import { handleOperation } from '$lib/server/api/handle-operation';
import { ledgerEntriesOp } from '$lib/server/api/operations/peer-ledger';
import { listPersonEntries } from '$lib/server/services/peer-ledger/read-ledger';

export const GET = handleOperation(ledgerEntriesOp, async ({ db, actor, query }) => {
	return { entries: await listPersonEntries(db, actor, query.person) };
});
