import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { listOutbox } from '$lib/server/services/admin/outbox';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url, 'outbox.read');
	const to = url.searchParams.get('to') ?? '';
	return { to, messages: await listOutbox(locals.db, actor, { to: to || undefined }), smtp: Boolean(process.env.SMTP_URL) };
};
