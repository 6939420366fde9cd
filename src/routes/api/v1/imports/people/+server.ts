/**
 * POST /api/v1/imports/people (operation importPeople). Not through handleOperation: the
 * body may be multipart as well as JSON, and larger than the JSON API's 1 MB limit.
 */
import type { RequestHandler } from './$types';
import { importPeopleOp } from '$lib/server/api/operations/import';
import { authorize } from '$lib/server/auth/policy';
import { AppError } from '$lib/server/errors';
import { errorResponse, jsonResponse } from '$lib/server/api/respond';
import { readImportRequest } from '$lib/server/services/import/import-request';
import { importPeople } from '$lib/server/services/import/import-people';
import { ImportSummarySchema } from '$lib/schemas/import';

export const POST: RequestHandler = async ({ request, locals }) => {
	try {
		if (locals.actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Send a bearer token');
		if (importPeopleOp.auth !== 'public' && importPeopleOp.auth !== 'user') authorize(locals.actor, importPeopleOp.auth);
		const input = await readImportRequest(request, locals.locale);
		const summary = await importPeople(locals.db, locals.actor, input, locals.locale);
		return jsonResponse(ImportSummarySchema.parse(summary));
	} catch (error) {
		return errorResponse(error);
	}
};
