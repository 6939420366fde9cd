import { handleOperation } from '$lib/server/api/handle-operation';
import { createTokenOp } from '$lib/server/api/operations/account';
import { createApiToken } from '$lib/server/services/accounts/api-tokens';

export const POST = handleOperation(createTokenOp, async ({ db, actor, body, locale }) => {
	if (actor.kind !== 'user') throw new Error('unreachable');
	return createApiToken(db, actor, { userId: actor.userId, label: body.label }, locale);
});
