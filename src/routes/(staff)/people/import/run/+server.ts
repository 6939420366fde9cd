/**
 * The staff page's import run: the same service as the API, answered as a stream of
 * JSON lines — `{"type":"progress","done","total"}` after each batch, then
 * `{"type":"summary",…}` or `{"type":"error",…}` — so the page can show a progress bar.
 */
import type { RequestHandler } from './$types';
import { can } from '$lib/server/auth/policy';
import { AppError } from '$lib/server/errors';
import { errorResponse } from '$lib/server/api/respond';
import { readImportRequest } from '$lib/server/services/import/import-request';
import { importPeople } from '$lib/server/services/import/import-people';
import { translate } from '$lib/i18n';

export const POST: RequestHandler = async ({ request, locals }) => {
	const actor = locals.actor;
	try {
		if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in first');
		if (!can(actor, 'people.import')) throw new AppError('forbidden', translate(locals.locale, 'common.error403'));
		const input = await readImportRequest(request, locals.locale);
		const encoder = new TextEncoder();
		const stream = new ReadableStream<Uint8Array>({
			async start(controller) {
				const send = (line: unknown) => controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
				try {
					const summary = await importPeople(locals.db, actor, input, locals.locale, ({ done, total }) => send({ type: 'progress', done, total }));
					send({ type: 'summary', summary });
				} catch (error) {
					const known = error instanceof AppError;
					if (!known) console.error('import failed', error);
					send({ type: 'error', code: known ? error.code : 'internal', message: known ? error.message : 'Internal error', details: known ? (error.details ?? null) : null });
				} finally {
					controller.close();
				}
			}
		});
		return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
	} catch (error) {
		return errorResponse(error);
	}
};
