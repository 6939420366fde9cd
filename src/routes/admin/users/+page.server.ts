import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listUsers, updateAccount } from '$lib/server/services/accounts/users';
import { inviteUser } from '$lib/server/services/accounts/invitations';
import { formFailure, formObject } from '$lib/server/forms';
import { can } from '$lib/server/auth/policy';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'users.list');
	return {
		users: await listUsers(locals.db, actor),
		canInvite: can(actor, 'users.invite'),
		canManage: can(actor, 'users.changeRole'),
		me: actor.userId
	};
};

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'users.invite');
		const data = await request.formData();
		try {
			const input = formObject(data) as Record<string, string>;
			await inviteUser(locals.db, actor, { email: input.email, name: input.name, role: input.role as 'staff', locale: input.locale as 'nl' }, locals.locale);
			return { invited: String(data.get('email')).trim().toLowerCase() };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	},
	update: async ({ request, locals, url }) => {
		const actor = requireUser(locals, url, 'users.changeRole');
		const data = await request.formData();
		try {
			const disabled = data.get('disabled');
			await updateAccount(
				locals.db,
				actor,
				{
					userId: String(data.get('userId') ?? ''),
					role: data.get('role') ? String(data.get('role')) : undefined,
					disabled: disabled === null ? undefined : disabled === '1'
				},
				locals.locale
			);
			return { updated: true };
		} catch (error) {
			return formFailure(error, data, locals.locale);
		}
	}
};
