import { handleOperation } from '$lib/server/api/handle-operation';
import { getMe } from '$lib/server/api/operations/account';

export const GET = handleOperation(getMe, async ({ actor }) => {
	if (actor.kind !== 'user') throw new Error('unreachable: auth is user');
	return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role, locale: actor.locale };
});
