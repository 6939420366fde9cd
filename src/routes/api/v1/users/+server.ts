import { handleOperation } from '$lib/server/api/handle-operation';
import { listUsersOp } from '$lib/server/api/operations/account';
import { listUsers } from '$lib/server/services/accounts/users';

export const GET = handleOperation(listUsersOp, async ({ db, actor }) => {
	const users = await listUsers(db, actor);
	return {
		items: users.map((u) => ({
			id: u.id,
			email: u.email,
			name: u.name,
			role: u.role as 'admin',
			locale: u.locale as 'nl',
			active: !u.disabledAt && u.hasPassword,
			createdAt: u.createdAt.toISOString()
		}))
	};
});
