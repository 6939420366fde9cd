import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guard';
import { getOutboxMessage } from '$lib/server/services/admin/outbox';
import { error } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { z } from 'zod';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url, 'outbox.read');
	if (!z.uuid().safeParse(params.id).success) error(404, 'Not found');
	try {
		const message = await getOutboxMessage(locals.db, actor, params.id);
		return { message: { ...message, attachments: undefined, attachmentNames: (message.attachments as { filename: string }[] | null)?.map((a) => a.filename) ?? [] } };
	} catch (e) {
		if (e instanceof AppError && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
};
