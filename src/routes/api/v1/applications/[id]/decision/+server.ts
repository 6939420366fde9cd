import { handleOperation } from '$lib/server/api/handle-operation';
import { decideOp } from '$lib/server/api/operations/programmes';
import { decideApplication } from '$lib/server/services/programmes/selection';

export const POST = handleOperation(decideOp, async ({ db, actor, params, body, locale }) => {
	const r = await decideApplication(db, actor, params.id, body, locale);
	return { id: r.id, status: r.status as 'accepted' | 'waitlisted' | 'rejected', version: r.version };
});
