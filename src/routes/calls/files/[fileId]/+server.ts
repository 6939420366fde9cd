import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/guard';
import { pageError } from '$lib/server/page-errors';
import { readApplicationFile } from '$lib/server/services/programmes/applications';

/** An application's file, for its applicant, staff, or a reviewer of the call without a conflict. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const actor = requireUser(locals, url);
	const file = await pageError(() => readApplicationFile(locals.db, actor, params.fileId));
	return new Response(file.data as unknown as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
