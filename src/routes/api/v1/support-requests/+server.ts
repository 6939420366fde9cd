import { handleOperation } from '$lib/server/api/handle-operation';
import { submitSupportRequestOp } from '$lib/server/api/operations/intake';
import { submitSupportRequest } from '$lib/server/services/intake/submit-support-request';

export const POST = handleOperation(submitSupportRequestOp, async ({ db, actor, body, locale, event }) => {
	let clientKey = 'unknown';
	try {
		clientKey = event.getClientAddress();
	} catch {
		// no address in tests or behind some adapters: one shared bucket
	}
	return submitSupportRequest(db, actor, body, locale, { clientKey });
});
