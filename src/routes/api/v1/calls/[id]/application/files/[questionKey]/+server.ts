import type { RequestHandler } from './$types';
import { authorize } from '$lib/server/auth/policy';
import { readMultipartFile } from '$lib/server/api/multipart-file';
import { errorResponse, jsonResponse } from '$lib/server/api/respond';
import { uploadApplicationFileOp } from '$lib/server/api/operations/programmes';
import { saveApplicationFile } from '$lib/server/services/programmes/applications';
import { PROGRAMME_FILE_LIMIT } from '$lib/server/db/schema/programmes';
import { translate } from '$lib/i18n';

/** The file answer of a file question, multipart/form-data (documented by uploadApplicationFileOp). */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	try {
		authorize(locals.actor, 'programmes.apply');
		const file = await readMultipartFile(request, 'file', PROGRAMME_FILE_LIMIT, {
			tooLarge: translate(locals.locale, 'programmes.fileTooLarge'),
			missing: translate(locals.locale, 'programmes.fileMissing'),
			errorKey: params.questionKey
		});
		const saved = await saveApplicationFile(locals.db, locals.actor, params.id, params.questionKey, file, locals.locale);
		return jsonResponse(saved, uploadApplicationFileOp.status);
	} catch (error) {
		return errorResponse(error);
	}
};
