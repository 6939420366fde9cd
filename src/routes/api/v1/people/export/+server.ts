/**
 * GET /api/v1/people/export?format=json|csv|xlsx (operation exportPeople). JSON answers the
 * list; CSV and XLSX answer a file to download. A static segment: /people/{id} never sees it.
 */
import type { RequestHandler } from './$types';
import { exportPeopleOp } from '$lib/server/api/operations/import';
import { authorize } from '$lib/server/auth/policy';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { errorResponse } from '$lib/server/api/respond';
import { exportPeople } from '$lib/server/services/export/export-people';

export const GET: RequestHandler = async ({ url, locals }) => {
	try {
		if (locals.actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Send a bearer token');
		if (exportPeopleOp.auth !== 'public' && exportPeopleOp.auth !== 'user') authorize(locals.actor, exportPeopleOp.auth);
		const query = parseInput(exportPeopleOp.query!, Object.fromEntries(url.searchParams), locals.locale);
		const file = await exportPeople(locals.db, locals.actor, query.format, query.locale ?? locals.locale);
		const day = new Date().toISOString().slice(0, 10);
		const headers: Record<string, string> = { 'content-type': file.contentType, 'cache-control': 'no-store' };
		if (query.format !== 'json') headers['content-disposition'] = `attachment; filename="${file.fileName.replace('.', `-${day}.`)}"`;
		return new Response(file.body as BodyInit, { status: 200, headers });
	} catch (error) {
		return errorResponse(error);
	}
};
