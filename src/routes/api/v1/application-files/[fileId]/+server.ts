import type { RequestHandler } from './$types';
import { AppError } from '$lib/server/errors';
import { errorResponse } from '$lib/server/api/respond';
import { readApplicationFile } from '$lib/server/services/programmes/applications';

/** An application file's bytes (documented by downloadApplicationFileOp); errors are JSON. */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		if (locals.actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Send a bearer token');
		const file = await readApplicationFile(locals.db, locals.actor, params.fileId);
		return new Response(file.data as unknown as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-length': String(file.data.byteLength),
				'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		return errorResponse(error);
	}
};
