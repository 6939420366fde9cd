import { handleOperation } from '$lib/server/api/handle-operation';
import { inviteUserOp } from '$lib/server/api/operations/account';
import { inviteUser } from '$lib/server/services/accounts/invitations';

export const POST = handleOperation(inviteUserOp, async ({ db, actor, body, locale }) => {
	const { id } = await inviteUser(db, actor, body, locale);
	return { id };
});
