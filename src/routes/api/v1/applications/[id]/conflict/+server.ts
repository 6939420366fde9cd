import { handleOperation } from '$lib/server/api/handle-operation';
import { declareConflictOp } from '$lib/server/api/operations/programmes';
import { declareConflict } from '$lib/server/services/programmes/selection';

export const POST = handleOperation(declareConflictOp, async ({ db, actor, params, body, locale }) => {
	await declareConflict(db, actor, params.id, body, locale);
	return { ok: true as const };
});
