import type { LayoutServerLoad } from './$types';
import { navigationFor, type NavRole } from '$lib/navigation';

export const load: LayoutServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	const user =
		actor.kind === 'user' ? { name: actor.name, email: actor.email, role: actor.role } : null;
	return {
		locale: locals.locale,
		user,
		nav: navigationFor(user?.role as NavRole | undefined).map(({ href, label, icon, group }) => ({
			href,
			label,
			icon,
			group
		}))
	};
};
