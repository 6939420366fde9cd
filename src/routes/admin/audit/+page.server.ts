import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listAudit } from '$lib/server/services/admin/audit';
import { ValidationError } from '$lib/server/errors';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'audit.read');
	const params = Object.fromEntries(url.searchParams);
	try {
		return { ...(await listAudit(locals.db, actor, params)), invalid: false };
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		return { ...(await listAudit(locals.db, actor, {})), invalid: true };
	}
};
